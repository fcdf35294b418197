#pragma once

#include "common/clock.h"
#include "teacher/teacher_session.h"

#include <QObject>
#include <memory>

namespace kw {

/**
 * The teacher's open journal (a TeacherSession), shared by every page. Models and controllers
 * read and write through its stores and call notifyChanged() after a write, so every view
 * refreshes from the same source. Exposed to QML as the singleton "Journal".
 */
class JournalService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ready READ ready NOTIFY replaced)
    Q_PROPERTY(QString openError READ openError NOTIFY replaced)
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(bool canUndoRemove READ canUndoRemove NOTIFY undoChanged)
    Q_PROPERTY(QString today READ today NOTIFY changed)

public:
    /** Opens (and migrates) the journal at @p path; on failure ready is false and openError says
     * why. @p vault keeps the device secret (see TeacherSession::open()). */
    JournalService(const QString& path, const Clock& clock,
        std::shared_ptr<SecretVault> vault = nullptr, QObject* parent = nullptr);
    ~JournalService() override;

    bool ready() const { return m_session != nullptr; }
    QString openError() const { return m_openError; }
    QString path() const { return m_path; }
    bool canUndoRemove() const { return m_lastRemoved != 0; }
    QString today() const;

    /** Where exports are saved unless the teacher chooses: Documents, else the home folder. */
    static QString exportFolder();
    /** Why @p path cannot take an export (it is this journal itself), or an empty string. */
    QString exportTargetProblem(const QString& path) const;

    /**
     * Puts the journal decrypted from a backup (@p decryptedPath, see backup::decryptBackup()) in
     * this journal's place: the open session closes, backup::replaceJournal() swaps the files
     * (keeping this journal beside it when it has entries) and the journal opens again, with its
     * device secret moved into the key store; then replaced() and changed(). Returns the path of
     * the journal kept (empty when nothing was kept), or the error; after an error the journal
     * that was there before is open again.
     */
    [[nodiscard]] Result<QString> replaceWith(const QString& decryptedPath);

    /** Hides a reflection; returns an error message or an empty string. Undo with undoRemove(). */
    Q_INVOKABLE QString remove(qint64 id);
    Q_INVOKABLE QString undoRemove();

    /** The open session; nullptr when the journal did not open. */
    TeacherSession* session() const { return m_session.get(); }
    /** The school profile in use; the demo school's when the journal did not open (the window
     * then shows only why). */
    const SchoolProfile& profile() const;
    /** The stores of session(); nullptr when the journal did not open. */
    JournalStore* store() const { return m_session ? &m_session->journal() : nullptr; }
    CheckinStore* checkins() const { return m_session ? &m_session->checkins() : nullptr; }
    PopStore* pop() const { return m_session ? &m_session->pop() : nullptr; }
    HoursStore* hours() const { return m_session ? &m_session->hours() : nullptr; }
    AppStateStore* appState() const { return m_session ? &m_session->appState() : nullptr; }
    exchange::TeacherExchange* exchange() const
    {
        return m_session ? &m_session->exchange() : nullptr;
    }
    /** One school year's POP and hours, read consistently (for the PDF export). */
    Result<PopYear> popYear(int schoolYear) const;
    const Clock& clock() const { return m_clock; }
    void notifyChanged() { emit changed(); }

signals:
    void changed();
    /** Another journal is open in this one's place (a restored backup): re-read everything. */
    void replaced();
    void undoChanged();

private:
    /** Opens the journal at m_path into m_session; sets m_openError when it cannot. */
    Status open();

    QString m_path;
    QString m_openError;
    const Clock& m_clock;
    std::shared_ptr<SecretVault> m_vault;
    std::unique_ptr<TeacherSession> m_session;
    qint64 m_lastRemoved = 0;
};

} // namespace kw
