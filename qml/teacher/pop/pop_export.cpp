#include "teacher/pop/pop_export.h"

#include "pop/school_year.h"
#include "reports/pop_report.h"
#include "reports/report_pdf.h"

#include <QCoreApplication>
#include <QDir>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::PopExport)
};

} // namespace

PopExport::PopExport(QObject* parent)
    : QObject(parent)
{ }

void PopExport::setJournal(JournalService* journal)
{
    if (m_journal == journal)
        return;
    m_journal = journal;
    emit journalChanged();
    emit schoolYearChanged();
}

void PopExport::setSchoolYear(int year)
{
    if (year == m_schoolYear)
        return;
    m_schoolYear = year;
    emit schoolYearChanged();
}

int PopExport::shownYear() const
{
    if (m_schoolYear != 0 || !m_journal)
        return m_schoolYear;
    return schoolYearOf(m_journal->clock().today());
}

QString PopExport::schoolYearLabel() const
{
    return shownYear() != 0 ? kw::schoolYearLabel(shownYear()) : QString();
}

QUrl PopExport::suggestedFile() const
{
    const QString folder = JournalService::exportFolder();
    //: File name of the exported POP; %1 is the school year, as 2026-2027.
    const QString name = Text::tr("POP %1.pdf").arg(schoolYearLabel());
    return QUrl::fromLocalFile(QDir(folder).filePath(name));
}

void PopExport::reset()
{
    m_written.clear();
    m_error.clear();
    emit finished();
}

bool PopExport::exportTo(const QUrl& file)
{
    m_written.clear();
    m_error.clear();
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (!m_journal || !m_journal->store()) {
        m_error = m_journal ? m_journal->openError() : QString();
    } else if (path.isEmpty()) {
        m_error = Text::tr("Choose where to save the PDF.");
    } else if (const QString problem = m_journal->exportTargetProblem(path); !problem.isEmpty()) {
        m_error = problem;
    } else if (auto year = m_journal->popYear(shownYear()); !year) {
        m_error = year.error().message;
    } else {
        PopReportOptions options;
        options.includeReflectionText = m_includeText;
        const ReportDocument document = popReport(
            *year, m_journal->store()->profile(), options, m_journal->clock().today(), QLocale());
        if (Status s = writeReportPdf(document, path); !s)
            m_error = s.error().message;
        else
            m_written = QDir::toNativeSeparators(path);
    }
    emit finished();
    return m_error.isEmpty();
}

} // namespace kw
