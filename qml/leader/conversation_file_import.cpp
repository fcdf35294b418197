#include "conversation_file_import.h"

#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "leader_text.h"

#include <QFileInfo>

namespace kw {

namespace v1 = ::kernwijzer::v1;

ConversationFileImport::ConversationFileImport(QObject* parent)
    : QObject(parent)
{ }

void ConversationFileImport::setDesk(LeaderDesk* desk)
{
    if (desk == m_desk)
        return;
    m_desk = desk;
    emit deskChanged();
}

void ConversationFileImport::setExpectedConversation(const QString& hexId)
{
    if (hexId == m_expected)
        return;
    m_expected = hexId;
    emit deskChanged();
}

bool ConversationFileImport::response() const
{
    return m_review && m_review->kind == v1::FILE_KIND_RESPONSE;
}

QString ConversationFileImport::plannedOn() const
{
    return m_review ? leader::dayLabel(m_review->plannedOn) : QString();
}

QString ConversationFileImport::summary() const
{
    if (!m_review)
        return {};
    if (response())
        return tr("The response of %1 to your verslag: it closes the conversation of %2.")
            .arg(teacherName(), plannedOn());
    if (m_review->replaced)
        return tr("A newer preparation (revision %1) of %2 for the conversation of %3: it "
                  "replaces the one you have.")
            .arg(revision())
            .arg(teacherName(), plannedOn());
    return tr("The preparation of %1 for the waarderingsgesprek of %2.")
        .arg(teacherName(), plannedOn());
}

conversation::ImportOptions ConversationFileImport::options(bool acceptNewKey) const
{
    conversation::ImportOptions options;
    options.acceptNewKey = acceptNewKey;
    if (!m_expected.isEmpty())
        options.expectedConversation = QByteArray::fromHex(m_expected.toLatin1());
    return options;
}

bool ConversationFileImport::fail(const QString& message)
{
    m_status.clear();
    m_error = message;
    emit statusChanged();
    return false;
}

bool ConversationFileImport::review(const QUrl& file)
{
    cancel();
    const QString path = leader::localPath(file);
    const QString name = QFileInfo(path).fileName();
    conversation::LeaderStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store)
        return fail(m_desk ? m_desk->openError() : QString());
    const exchange::KeySet* keys = m_desk->keys();
    if (!keys)
        return fail(tr("Open or unlock your key first (under Key): only it opens the teachers' "
                       "files."));
    auto bytes = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_PREPARATION));
    if (!bytes)
        return fail(tr("%1: %2").arg(name, bytes.error().message));
    // The key in the file is accepted for the review only: confirm() decides.
    auto reviewed = store->review(*bytes, *keys, options(true));
    if (!reviewed)
        return fail(tr("%1: %2").arg(name, reviewed.error().message));
    m_fingerprint = reviewed->newKeyFingerprint;
    if (m_fingerprint.isEmpty() && reviewed->kind == v1::FILE_KIND_PREPARATION) {
        // A new teacher: the key the preparation names, to check with them.
        auto opened = conversation::openPreparation(*bytes, conversation::ownKeysOf(*keys));
        if (opened)
            m_fingerprint = crypto::fingerprint(
                QByteArray::fromStdString(opened->body.ref().teacher().sign_key()));
    }
    m_review = *reviewed;
    m_bytes = *bytes;
    m_fileName = name;
    emit reviewChanged();
    m_error.clear();
    m_status.clear();
    emit statusChanged();
    return true;
}

bool ConversationFileImport::reviewDropped(const QList<QUrl>& urls)
{
    for (const QUrl& url : urls) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QStringLiteral(".kwgesprek"))
            || path.endsWith(QStringLiteral(".kwreactie")))
            return review(url);
    }
    return fail(tr("Drop a teacher's preparation (.kwgesprek) or response (.kwreactie)."));
}

bool ConversationFileImport::confirm()
{
    if (!m_review || !m_desk)
        return false;
    conversation::LeaderStore* store = m_desk->store();
    const exchange::KeySet* keys = m_desk->keys();
    if (!store || !keys)
        return fail(m_desk->openError());
    auto result = store->importFile(m_bytes, *keys, options(m_review->needsKeyConfirmation()));
    if (!result)
        return fail(result.error().message);
    const QString id = conversation::conversationIdText(result->conversationId);
    const QString done = result->kind == v1::FILE_KIND_RESPONSE
        ? tr("The response of %1 is in: the conversation is closed.").arg(result->teacherName)
        : tr("The preparation of %1 is in.").arg(result->teacherName);
    m_review.reset();
    m_bytes.clear();
    emit reviewChanged();
    m_error.clear();
    m_status = done;
    emit statusChanged();
    m_desk->notifyChanged();
    emit imported(id);
    return true;
}

void ConversationFileImport::cancel()
{
    if (!m_review)
        return;
    m_review.reset();
    m_bytes.clear();
    m_fileName.clear();
    m_fingerprint.clear();
    emit reviewChanged();
}

} // namespace kw
