#include "hr/hr_export.h"

#include "exchange/envelope.h"
#include "exchange/exchange_period.h"
#include "hr/report_csv.h"
#include "hr/report_history.h"
#include "reports/report_pdf.h"
#include "reports/vitality_report.h"
#include "services/journal_service.h"

#include <QCoreApplication>
#include <QDir>
#include <QVariantMap>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::HrExport)
};

} // namespace

HrExport::HrExport(QObject* parent)
    : QObject(parent)
{ }

void HrExport::setDesk(HrDesk* desk)
{
    if (m_desk == desk)
        return;
    if (m_desk)
        disconnect(m_desk, nullptr, this, nullptr);
    m_desk = desk;
    if (m_desk)
        connect(m_desk, &SchoolDesk::changed, this, &HrExport::deskChanged);
    emit deskChanged();
}

QVariantList HrExport::periods() const
{
    QVariantList out;
    hr::HrStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store)
        return out;
    auto periods = store->periods();
    if (!periods)
        return out;
    for (auto it = periods->crbegin(); it != periods->crend(); ++it) {
        const auto period = exchange::exchangePeriodFromId(*it);
        out << QVariantMap { { QStringLiteral("id"), *it },
            { QStringLiteral("label"), period ? period->label() : *it } };
    }
    return out;
}

QUrl HrExport::suggestedFile(bool pdf, const QString& period) const
{
    const QString school = m_desk ? m_desk->schoolName() : QString();
    QString when = period;
    if (const auto p = exchange::exchangePeriodFromId(period))
        when = p->label();
    QString name = pdf
        //: File name of HR's PDF report; %1 the school, %2 the period ("sep–okt 2026").
        ? Text::tr("Vitality %1 %2.pdf").arg(school, when)
        //: File name of HR's CSV export; %1 the school, %2 the period or empty for all.
        : Text::tr("Figures %1 %2.csv").arg(school, when);
    name = name.simplified().replace(QLatin1Char('/'), QLatin1Char('-'));
    name.replace(QStringLiteral(" ."), QStringLiteral("."));
    return QUrl::fromLocalFile(QDir(JournalService::exportFolder()).filePath(name));
}

void HrExport::reset()
{
    m_written.clear();
    m_error.clear();
    emit finished();
}

QString HrExport::targetOf(const QUrl& file)
{
    m_written.clear();
    m_error.clear();
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!m_desk || !m_desk->store())
        m_error = m_desk ? m_desk->openError() : Text::tr("HR's database is not open.");
    else if (path.isEmpty())
        m_error = Text::tr("Choose where to save the file.");
    else if (QDir::cleanPath(QFileInfo(path).absoluteFilePath())
        == QDir::cleanPath(QFileInfo(m_desk->databasePath()).absoluteFilePath()))
        m_error = Text::tr("That is HR's database itself; choose another file.");
    if (!m_error.isEmpty()) {
        emit finished();
        return {};
    }
    return path;
}

bool HrExport::done(const QString& path, const Status& written)
{
    if (!written)
        m_error = written.error().message;
    else
        m_written = QDir::toNativeSeparators(path);
    emit finished();
    return m_error.isEmpty();
}

bool HrExport::writeCsv(const QUrl& file, const QString& period)
{
    const QString path = targetOf(file);
    if (path.isEmpty())
        return false;
    auto history = hr::reportHistory(*m_desk->store(),
        { period.isEmpty() ? QStringList() : QStringList { period }, std::nullopt, {} });
    if (!history)
        return done(path, history.error());
    QList<hr::ReportRow> rows;
    for (hr::PeriodReport& report : *history)
        rows << std::move(report.rows);
    return done(path,
        exchange::writeFileAtomically(
            path, hr::csvFile(hr::reportCsv(rows, hr::CsvAudience::People))));
}

bool HrExport::writePdf(const QUrl& file, const QString& period)
{
    const QString path = targetOf(file);
    if (path.isEmpty())
        return false;
    auto input = readVitalityReport(*m_desk->store(), period);
    if (!input)
        return done(path, input.error());
    return done(
        path, writeReportPdf(vitalityReport(*input, m_desk->clock().today(), QLocale()), path));
}

} // namespace kw
