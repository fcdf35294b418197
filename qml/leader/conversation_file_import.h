#pragma once

#include "conversation/leader_store.h"
#include "services/leader_desk.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Imports a teacher's preparation (.kwgesprek) or response (.kwreactie) in two steps: review()
 * opens and checks the file without writing (LeaderStore::review) and says what it would do;
 * a new teacher or a teacher's changed key shows the key's fingerprint to check with the
 * teacher, and needs confirm(). Nothing is written before confirm(). With expectedConversation
 * set (the conversation page's "import the response"), a file of another conversation is
 * refused.
 */
class ConversationFileImport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::LeaderDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    /** The conversation (hex id) a file must belong to; "" for any. */
    Q_PROPERTY(QString expectedConversation READ expectedConversation WRITE setExpectedConversation
            NOTIFY deskChanged)
    Q_PROPERTY(bool reviewing READ reviewing NOTIFY reviewChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY reviewChanged)
    Q_PROPERTY(bool response READ response NOTIFY reviewChanged)
    Q_PROPERTY(QString teacherName READ teacherName NOTIFY reviewChanged)
    Q_PROPERTY(QString plannedOn READ plannedOn NOTIFY reviewChanged)
    Q_PROPERTY(int revision READ revision NOTIFY reviewChanged)
    Q_PROPERTY(bool newTeacher READ newTeacher NOTIFY reviewChanged)
    Q_PROPERTY(bool keyChanged READ keyChanged NOTIFY reviewChanged)
    /** A teacher added by hand: this file brings their first key. */
    Q_PROPERTY(bool firstKey READ firstKey NOTIFY reviewChanged)
    Q_PROPERTY(bool replaced READ replaced NOTIFY reviewChanged)
    /** The key kept for the teacher (keyChanged only). */
    Q_PROPERTY(QString oldFingerprint READ oldFingerprint NOTIFY reviewChanged)
    /** The teacher's key in the file. */
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY reviewChanged)
    /** A new teacher or a changed key: the leader checks the fingerprint with the teacher. */
    Q_PROPERTY(bool needsConfirmation READ needsConfirmation NOTIFY reviewChanged)
    /** What importing will do, in one line. */
    Q_PROPERTY(QString summary READ summary NOTIFY reviewChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)

public:
    explicit ConversationFileImport(QObject* parent = nullptr);

    LeaderDesk* desk() const { return m_desk; }
    void setDesk(LeaderDesk* desk);
    QString expectedConversation() const { return m_expected; }
    void setExpectedConversation(const QString& hexId);

    bool reviewing() const { return m_review.has_value(); }
    QString fileName() const { return m_fileName; }
    bool response() const;
    QString teacherName() const { return m_review ? m_review->teacherName : QString(); }
    QString plannedOn() const;
    int revision() const { return m_review ? m_review->revision : 0; }
    bool newTeacher() const { return m_review && m_review->newTeacher; }
    bool keyChanged() const { return m_review && m_review->keyChanged; }
    bool firstKey() const { return m_review && m_review->firstKey; }
    bool replaced() const { return m_review && m_review->replaced; }
    QString oldFingerprint() const { return m_review ? m_review->oldKeyFingerprint : QString(); }
    QString fingerprint() const { return m_fingerprint; }
    /** A new teacher is shown with their key; a first or changed key must be confirmed. */
    bool needsConfirmation() const
    {
        return newTeacher() || (m_review && m_review->needsKeyConfirmation());
    }
    QString summary() const;
    QString statusText() const { return m_status; }
    QString errorText() const { return m_error; }

    /** Opens and checks @p file; false (errorText says why) when it cannot be imported. */
    Q_INVOKABLE bool review(const QUrl& file);
    /** Reviews the first file among dropped @p urls. */
    Q_INVOKABLE bool reviewDropped(const QList<QUrl>& urls);
    /**
     * Imports the reviewed file (keeping a changed key, which the review showed); false
     * (errorText says why) changes nothing.
     */
    Q_INVOKABLE bool confirm();
    /** Forgets the reviewed file; nothing is imported. */
    Q_INVOKABLE void cancel();

signals:
    void deskChanged();
    void reviewChanged();
    void statusChanged();
    /** A file was imported into conversation @p conversationId (hex). */
    void imported(const QString& conversationId);

private:
    conversation::ImportOptions options(bool acceptNewKey) const;
    bool fail(const QString& message);

    QPointer<LeaderDesk> m_desk;
    QString m_expected;
    std::optional<conversation::Imported> m_review;
    QByteArray m_bytes;
    QString m_fileName;
    QString m_fingerprint;
    QString m_status;
    QString m_error;
};

} // namespace kw
