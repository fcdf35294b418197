#include "verslag_files.h"

#include "exchange/envelope.h"
#include "leader_text.h"
#include "reports/conversation_pdf.h"
#include "reports/report_pdf.h"
#include "services/journal_service.h"

#include <QDir>
#include <QFileInfo>

namespace kw {

VerslagFiles::VerslagFiles(QObject* parent)
    : QObject(parent)
{ }

void VerslagFiles::setDesk(LeaderDesk* desk)
{
    if (desk == m_desk)
        return;
    m_desk = desk;
    emit deskChanged();
}

void VerslagFiles::setConversationId(const QString& hexId)
{
    if (hexId == m_id)
        return;
    m_id = hexId;
    emit deskChanged();
}

void VerslagFiles::setNotes(ConversationNotes* notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    emit deskChanged();
}

bool VerslagFiles::fail(const QString& message)
{
    m_status.clear();
    m_error = message;
    emit statusChanged();
    return false;
}

bool VerslagFiles::done(const QString& status, const QString& path)
{
    m_error.clear();
    m_status = status;
    m_written = path;
    emit statusChanged();
    return true;
}

QString VerslagFiles::baseName() const
{
    conversation::LeaderStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store)
        return QStringLiteral("verslag");
    auto record = store->conversation(QByteArray::fromHex(m_id.toLatin1()));
    if (!record)
        return QStringLiteral("verslag");
    //: File name of a verslag; %1 the day planned (2026-11-25), %2 the teacher's name.
    return tr("Waarderingsgesprek %1 %2")
        .arg(record->plannedOn.toString(Qt::ISODate), record->teacherName);
}

QUrl VerslagFiles::suggestedVerslag() const
{
    return QUrl::fromLocalFile(
        QDir(JournalService::exportFolder()).filePath(baseName() + QStringLiteral(".kwverslag")));
}

QUrl VerslagFiles::suggestedPdf() const
{
    return QUrl::fromLocalFile(
        QDir(JournalService::exportFolder()).filePath(baseName() + QStringLiteral(".pdf")));
}

bool VerslagFiles::makeVerslag(const QUrl& file)
{
    conversation::LeaderStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store)
        return fail(m_desk ? m_desk->openError() : QString());
    const exchange::KeySet* keys = m_desk->keys();
    if (!keys)
        return fail(
            tr("Open or unlock your key first (under Key): the verslag is signed with it."));
    const QString path = leader::localPath(file);
    if (path.isEmpty())
        return fail(tr("Choose where to save the verslag."));
    if (m_notes && !m_notes->saved() && !m_notes->saveNow())
        return fail(m_notes->errorText());
    const QByteArray id = QByteArray::fromHex(m_id.toLatin1());
    auto made = store->makeVerslag(id, m_desk->clock().today(), *keys);
    if (!made)
        return fail(made.error().message);
    m_desk->notifyChanged(); // held now, on every page
    // Kept in the database first: made again, it is the next revision.
    if (Status s = exchange::writeFileAtomically(path, *made); !s)
        return fail(tr("The verslag is made, but the file could not be written: %1")
                        .arg(s.error().message));
    return done(tr("Verslag written to %1. Send it to the teacher: they answer each agreement "
                   "with akkoord or gezien.")
                    .arg(QFileInfo(path).fileName()),
        path);
}

bool VerslagFiles::exportPdf(const QUrl& file)
{
    conversation::LeaderStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store)
        return fail(m_desk ? m_desk->openError() : QString());
    const QString path = leader::localPath(file);
    auto record = store->conversation(QByteArray::fromHex(m_id.toLatin1()));
    if (!record)
        return fail(record.error().message);
    if (!record->verslag)
        return fail(tr("Make the verslag first: the PDF shows the verslag as the teacher "
                       "received it."));
    const auto profile = m_desk->profile();
    if (!profile)
        return fail(tr("No school profile is installed."));
    StoredConversation stored { record->preparation.bodyBytes, record->preparation.signature,
        record->verslag->bodyBytes, record->verslag->signature, {}, {} };
    if (record->response) {
        stored.responseBody = record->response->bodyBytes;
        stored.responseSignature = record->response->signature;
    }
    auto report = checkedVerslagReport(stored, *profile, m_desk->clock().today(), QLocale());
    if (!report)
        return fail(report.error().message);
    if (Status s = writeReportPdf(*report, path); !s)
        return fail(s.error().message);
    return done(tr("PDF written to %1.").arg(QFileInfo(path).fileName()), path);
}

} // namespace kw
