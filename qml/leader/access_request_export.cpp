#include "access_request_export.h"

#include "leader_text.h"
#include "reports/conversation_pdf.h"
#include "reports/report_pdf.h"
#include "services/journal_service.h"

#include <QDir>
#include <QFileInfo>

namespace kw {

AccessRequestExport::AccessRequestExport(QObject* parent)
    : QObject(parent)
{ }

void AccessRequestExport::setDesk(LeaderDesk* desk)
{
    if (desk == m_desk)
        return;
    m_desk = desk;
    emit deskChanged();
}

bool AccessRequestExport::fail(const QString& message)
{
    m_status.clear();
    m_error = message;
    emit statusChanged();
    return false;
}

QUrl AccessRequestExport::suggestedFile(const QString& teacherName) const
{
    const QDate today = m_desk ? m_desk->clock().today() : QDate();
    //: File name of an access request's PDF; %1 the teacher, %2 today (2026-11-20).
    const QString name
        = tr("Access request %1 %2.pdf").arg(teacherName, today.toString(Qt::ISODate));
    return QUrl::fromLocalFile(QDir(JournalService::exportFolder()).filePath(name));
}

bool AccessRequestExport::exportTo(const QString& teacherName, const QUrl& file)
{
    conversation::LeaderStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store)
        return fail(m_desk ? m_desk->openError() : QString());
    const QString path = leader::localPath(file);
    if (path.isEmpty())
        return fail(tr("Choose where to save the PDF."));
    const auto profile = m_desk->profile();
    if (!profile)
        return fail(tr("No school profile is installed."));
    auto record = store->teacherRecord(teacherName);
    if (!record)
        return fail(record.error().message);
    const ReportDocument report
        = accessExportReport(*record, *profile, m_desk->clock().today(), QLocale());
    if (Status s = writeReportPdf(report, path); !s)
        return fail(s.error().message);
    m_error.clear();
    m_status = tr("Everything about %1 is written to %2: give it to them.")
                   .arg(teacherName, QFileInfo(path).fileName());
    m_written = path;
    emit statusChanged();
    return true;
}

} // namespace kw
