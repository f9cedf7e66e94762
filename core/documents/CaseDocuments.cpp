// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/documents/CaseDocuments.h"

#include "core/text/PrintedPage.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace zabota::core {

// The templates are Russian documents whatever the language of the console: they are written here, not translated.
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Several lines typed in a form, as lines of the page.
QString lines(const QString& text)
{
    return esc(text).replace(u'\n', QStringLiteral("<br>"));
}

// «10» марта 2026 г.
QString longDate(const QDate& date)
{
    static const char16_t* const kMonths[] = {u"января", u"февраля", u"марта",    u"апреля",  u"мая",    u"июня",
                                              u"июля",   u"августа", u"сентября", u"октября", u"ноября", u"декабря"};
    if (!date.isValid())
        return QStringLiteral("«___» ____________ 20__ г.");
    return QStringLiteral("«%1» %2 %3 г.")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(QString::fromUtf16(kMonths[date.month() - 1]))
        .arg(date.year());
}

QString shortDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : QStringLiteral("________");
}

QString orBlank(const QString& text, int width = 30)
{
    return text.trimmed().isEmpty() ? QString(width, u'_') : esc(text.trimmed());
}

QString levelName(const std::optional<CaseLevel>& level)
{
    if (!level)
        return QStringLiteral("не определён");
    switch (*level) {
    case CaseLevel::Crisis:
        return QStringLiteral("экстренный");
    case CaseLevel::Rehabilitation:
        return QStringLiteral("реабилитационный");
    case CaseLevel::Maintenance:
        return QStringLiteral("поддерживающий");
    }
    return {};
}

QString meetingName(ProtocolKind kind)
{
    switch (kind) {
    case ProtocolKind::Consilium:
        return QStringLiteral("заседания консилиума специалистов");
    case ProtocolKind::Commission:
        return QStringLiteral("заседания комиссии по социальному сопровождению");
    case ProtocolKind::Kdn:
        return QStringLiteral("заседания комиссии по делам несовершеннолетних и защите их прав");
    }
    return {};
}

QString decisionName(ProtocolDecision decision)
{
    switch (decision) {
    case ProtocolDecision::TakeOn:
        return QStringLiteral("принять на социальное сопровождение");
    case ProtocolDecision::ChangePlan:
        return QStringLiteral("изменить индивидуальный план сопровождения");
    case ProtocolDecision::ChangeLevel:
        return QStringLiteral("изменить уровень сопровождения");
    case ProtocolDecision::EndSupport:
        return QStringLiteral("прекратить социальное сопровождение");
    }
    return {};
}

const QString kStyle = QStringLiteral(
    "<style>h1 { font-size: 13pt; text-align: center; "
    "margin: 0; } h2 { font-size: 11pt; margin-top: 10pt; } p { margin: 3pt 0; text-align: justify; } "
    ".centre { text-align: center; font-size: 9.5pt; } td { padding: 3pt; font-size: 9.5pt; vertical-align: top; } "
    "th { background: #eeeeee; }</style>");

// Two columns of signatures under a document.
QString signatures(const QString& left, const QString& leftName, const QString& right, const QString& rightName)
{
    return QStringLiteral("<br><table width='100%'><tr><td width='50%'><b>%1</b><br><br>_______________ / %2</td>"
                          "<td width='50%'><b>%3</b><br><br>_______________ / %4</td></tr></table>")
        .arg(esc(left), orBlank(leftName, 20), esc(right), orBlank(rightName, 20));
}

} // namespace

CaseDocuments::CaseDocuments(CentreDetails centre)
    : m_centre(std::move(centre))
{}

QString CaseDocuments::contractHtml(const CaseSummary& c) const
{
    const SupportContract& k = c.contract;
    QString html = kStyle + QStringLiteral("<p class='centre'>%1</p>").arg(esc(m_centre.name));
    html += QStringLiteral("<h1>ДОГОВОР № %1</h1><h1>о предоставлении социального сопровождения</h1><br>")
                .arg(orBlank(k.number, 8));
    html += QStringLiteral("<table width='100%'><tr><td>г. %1</td><td align='right'>%2</td></tr></table>")
                .arg(orBlank(m_centre.city, 12), longDate(k.signedOn));
    html += QStringLiteral(
                "<p>%1, именуемое в дальнейшем «Исполнитель», в лице %2, действующего на основании Устава, с одной "
                "стороны, и %3, проживающий(ая) по адресу: %4, именуемый(ая) в дальнейшем «Получатель», с другой "
                "стороны, заключили настоящий договор о нижеследующем.</p>")
                .arg(esc(m_centre.name), orBlank(m_centre.director), orBlank(c.familyName), orBlank(c.familyAddress));
    html +=
        QStringLiteral(
            "<h2>1. Предмет договора</h2>"
            "<p>1.1. Исполнитель обязуется оказать Получателю и членам его семьи социальное сопровождение: "
            "содействие в предоставлении медицинской, психологической, педагогической, юридической, социальной "
            "помощи, не относящейся к социальным услугам, в соответствии со статьёй 22 Федерального закона от "
            "28.12.2013 № 442-ФЗ «Об основах социального обслуживания граждан в Российской Федерации» и "
            "индивидуальным планом сопровождения, являющимся приложением к настоящему договору.</p>"
            "<p>1.2. Основание: %1. Уровень сопровождения: %2. Случай № %3%4.</p>")
            .arg(orBlank(c.basis), levelName(c.level), esc(c.caseNo),
                 c.familyCardNo.isEmpty() ? QString()
                                          : QStringLiteral(", учётная карточка семьи № %1").arg(esc(c.familyCardNo)));
    html += QStringLiteral(
                "<h2>2. Обязанности сторон</h2>"
                "<p>2.1. Исполнитель обязуется: разработать совместно с Получателем индивидуальный план "
                "сопровождения; назначить куратора случая — %1; привлекать к выполнению плана организации-партнёры по "
                "межведомственному взаимодействию; информировать Получателя о ходе сопровождения; соблюдать "
                "конфиденциальность сведений о семье и требования Федерального закона от 27.07.2006 № 152-ФЗ "
                "«О персональных данных».</p>"
                "<p>2.2. Получатель обязуется: участвовать в выполнении мероприятий индивидуального плана "
                "сопровождения; своевременно сообщать Исполнителю об изменении обстоятельств, послуживших основанием "
                "для социального сопровождения; соблюдать договорённости, достигнутые с куратором случая.</p>")
                .arg(esc(c.curatorName));
    html += QStringLiteral("<h2>3. Срок действия договора</h2>"
                           "<p>3.1. Договор вступает в силу со дня подписания и действует по %1.</p>"
                           "<p>3.2. Договор может быть расторгнут по заявлению Получателя, по соглашению сторон, а "
                           "также в связи с достижением целей сопровождения.</p>"
                           "<h2>4. Заключительные положения</h2>"
                           "<p>4.1. Договор составлен в двух экземплярах, имеющих одинаковую юридическую силу, по "
                           "одному для каждой из сторон.</p>")
                .arg(longDate(k.validUntil));
    html += QStringLiteral("<h2>5. Подписи сторон</h2>");
    html += signatures(QStringLiteral("Исполнитель"), m_centre.director, QStringLiteral("Получатель"), c.familyName);
    return html;
}

QString CaseDocuments::planHtml(const CaseSummary& c, const QList<PlanItem>& items,
                                const QHash<UserId, QString>& names) const
{
    QString html = kStyle + QStringLiteral("<p class='centre'>%1</p>").arg(esc(m_centre.name));
    html += QStringLiteral("<h1>ИНДИВИДУАЛЬНЫЙ ПЛАН</h1><h1>социального сопровождения семьи</h1><br>");
    html +=
        QStringLiteral("<p>Получатель: %1. Адрес: %2.</p><p>Случай № %3, открыт %4. Куратор случая: %5.</p>"
                       "<p>Договор о предоставлении социального сопровождения № %6 от %7. Уровень "
                       "сопровождения: %8.</p><br>")
            .arg(orBlank(c.familyName), orBlank(c.familyAddress), esc(c.caseNo), shortDate(c.openedAt.date()),
                 esc(c.curatorName), orBlank(c.contract.number, 8), shortDate(c.contract.signedOn), levelName(c.level));
    html += QStringLiteral(
        "<table width='100%' border='1' cellspacing='0'><thead><tr><td width='4%' bgcolor='#eeeeee'><b>№</b></td>"
        "<td width='31%' bgcolor='#eeeeee'><b>Раздел, мероприятие</b></td><td width='20%' "
        "bgcolor='#eeeeee'><b>Ответственный</b></td>"
        "<td width='14%' bgcolor='#eeeeee'><b>Объём, периодичность</b></td><td width='13%' "
        "bgcolor='#eeeeee'><b>Срок</b></td>"
        "<td width='18%' bgcolor='#eeeeee'><b>Отметка о выполнении</b></td></tr></thead>");
    int n = 0;
    for (const PlanItem& item : items) {
        const PlanItemDraft& d = item.draft;
        QStringList who;
        if (d.responsibleId)
            who << esc(names.value(*d.responsibleId));
        if (!d.partner.isEmpty())
            who << esc(d.partner);
        QString mark;
        if (item.status == PlanItemStatus::Done)
            mark = QStringLiteral("выполнено %1").arg(shortDate(item.doneOn)) +
                   (item.doneNote.isEmpty() ? QString() : QStringLiteral(": ") + esc(item.doneNote));
        else if (item.status == PlanItemStatus::Cancelled)
            mark = QStringLiteral("отменено");
        html += QStringLiteral("<tr><td>%1</td><td><i>%2</i><br>%3%4</td><td>%5</td><td>%6</td><td>%7</td>"
                               "<td>%8</td></tr>")
                    .arg(++n)
                    .arg(esc(d.section), esc(d.activity),
                         d.notes.isEmpty() ? QString() : QStringLiteral("<br>") + esc(d.notes),
                         who.join(QStringLiteral("<br>")), esc(d.volume), shortDate(d.dueDate), mark);
    }
    html += QStringLiteral("</table>");
    if (items.isEmpty())
        html += QStringLiteral("<p>Мероприятия плана ещё не определены.</p>");
    html += signatures(QStringLiteral("Куратор случая"), c.curatorName,
                       QStringLiteral("С планом ознакомлен(а), согласен(на)"), c.familyName);
    return html;
}

QString CaseDocuments::protocolHtml(const CaseSummary& c, const Protocol& protocol) const
{
    const ProtocolDraft& p = protocol.draft;
    QString html = kStyle + QStringLiteral("<p class='centre'>%1</p>").arg(esc(m_centre.name));
    html += QStringLiteral("<h1>ПРОТОКОЛ № %1</h1><h1>%2</h1><br>").arg(orBlank(p.number, 6), meetingName(p.kind));
    html += QStringLiteral("<table width='100%'><tr><td>г. %1</td><td align='right'>%2</td></tr></table>")
                .arg(orBlank(m_centre.city, 12), longDate(p.date));
    html += QStringLiteral("<p>О семье: %1, %2. Случай № %3, куратор случая %4.</p>")
                .arg(orBlank(c.familyName), orBlank(c.familyAddress), esc(c.caseNo), esc(c.curatorName));
    html += QStringLiteral("<h2>Присутствовали:</h2><p>%1</p>").arg(lines(p.participants));
    html += QStringLiteral("<h2>Слушали:</h2><p>%1</p>").arg(p.body.isEmpty() ? QStringLiteral("—") : lines(p.body));
    html += QStringLiteral("<h2>Решили:</h2><p>%1: %2</p>").arg(decisionName(p.decision), lines(p.decisionText));
    html += signatures(QStringLiteral("Председатель"), QString(), QStringLiteral("Секретарь"), QString());
    return html;
}

Status CaseDocuments::writeContract(const QString& path, const CaseSummary& c) const
{
    return write(path, QStringLiteral("Договор %1").arg(c.contract.number), contractHtml(c));
}

Status CaseDocuments::writePlan(const QString& path, const CaseSummary& c, const QList<PlanItem>& items,
                                const QHash<UserId, QString>& names) const
{
    return write(path, QStringLiteral("Индивидуальный план %1").arg(c.caseNo), planHtml(c, items, names));
}

Status CaseDocuments::writeProtocol(const QString& path, const CaseSummary& c, const Protocol& protocol) const
{
    return write(path, QStringLiteral("Протокол %1").arg(protocol.draft.number), protocolHtml(c, protocol));
}

Status CaseDocuments::write(const QString& path, const QString& title, const QString& html) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            Error::Kind::Storage,
            tr("Cannot write %1: %2. Choose another folder.").arg(QDir::toNativeSeparators(path), file.errorString()),
            file.errorString());
    {
        QPdfWriter pdf(&file);
        printed::setUpPage(pdf, title);
        QTextDocument doc;
        const QSizeF page = printed::prepare(doc, pdf, QFont(QStringLiteral("DejaVu Serif"), 10));
        doc.setHtml(html);
        doc.setPageSize(page);
        doc.print(&pdf);
    }
    if (!file.commit())
        return fail(
            Error::Kind::Storage,
            tr("Cannot write %1: %2. Choose another folder.").arg(QDir::toNativeSeparators(path), file.errorString()),
            file.errorString());
    return {};
}

} // namespace zabota::core
