// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/RussianStem.h"

#include "core/text/TextFold.h"

#include <libstemmer.h>
#include <memory>

namespace zabota::core::text {

namespace {

struct StemmerDeleter {
    void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

// A Snowball stemmer keeps its work in itself: one per thread (the journal is read on threads of its own).
sb_stemmer* stemmer()
{
    thread_local const std::unique_ptr<sb_stemmer, StemmerDeleter> russian(sb_stemmer_new("russian", "UTF_8"));
    return russian.get();
}

bool isStemmed(const QString& word)
{
    bool beyondAscii = false;
    for (const QChar c : word) {
        if (!c.isLetter())
            return false;
        beyondAscii = beyondAscii || c.unicode() > 0x7f;
    }
    return beyondAscii;
}

} // namespace

QString russianStem(const QString& foldedWord)
{
    if (!isStemmed(foldedWord))
        return foldedWord;
    sb_stemmer* russian = stemmer();
    if (!russian) // out of memory: the word as it is still finds itself
        return foldedWord;
    const QByteArray utf8 = foldedWord.toUtf8();
    const sb_symbol* stem =
        sb_stemmer_stem(russian, reinterpret_cast<const sb_symbol*>(utf8.constData()), int(utf8.size()));
    if (!stem)
        return foldedWord;
    const QString result = QString::fromUtf8(reinterpret_cast<const char*>(stem), sb_stemmer_length(russian));
    return result.isEmpty() ? foldedWord : result;
}

QStringList searchStems(const QString& text)
{
    QStringList stems = searchWords(text);
    for (QString& word : stems)
        word = russianStem(word);
    return stems;
}

} // namespace zabota::core::text
