#pragma once

#include "conversation_notes.h"
#include "services/leader_desk.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The files of one conversation the leader makes: the signed verslag (.kwverslag, sealed to the
 * teacher; LeaderStore::makeVerslag, held today) and the A4 PDF of the verslag for the
 * bekwaamheidsdossier (checkedVerslagReport: every signed file checked again). Both are written
 * where the leader chooses.
 */
class VerslagFiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::LeaderDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY deskChanged
            REQUIRED)
    /** The notes being written: kept before the verslag is made. Optional. */
    Q_PROPERTY(kw::ConversationNotes* notes READ notes WRITE setNotes NOTIFY deskChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    /** The verslag written last; "" before. */
    Q_PROPERTY(QString writtenPath READ writtenPath NOTIFY statusChanged)

public:
    explicit VerslagFiles(QObject* parent = nullptr);

    LeaderDesk* desk() const { return m_desk; }
    void setDesk(LeaderDesk* desk);
    QString conversationId() const { return m_id; }
    void setConversationId(const QString& hexId);
    ConversationNotes* notes() const { return m_notes; }
    void setNotes(ConversationNotes* notes);
    QString statusText() const { return m_status; }
    QString errorText() const { return m_error; }
    QString writtenPath() const { return m_written; }

    /**
     * Makes the verslag (held today; the next revision when made before) and writes it to
     * @p file; false (errorText says why) when it cannot.
     */
    Q_INVOKABLE bool makeVerslag(const QUrl& file);
    /** Writes the A4 PDF of the verslag made last to @p file. */
    Q_INVOKABLE bool exportPdf(const QUrl& file);
    /** Where the dialogs start: the documents folder with "<day> <teacher>.kwverslag" / ".pdf". */
    Q_INVOKABLE QUrl suggestedVerslag() const;
    Q_INVOKABLE QUrl suggestedPdf() const;

signals:
    void deskChanged();
    void statusChanged();

private:
    bool fail(const QString& message);
    bool done(const QString& status, const QString& path);
    QString baseName() const;

    QPointer<LeaderDesk> m_desk;
    QPointer<ConversationNotes> m_notes;
    QString m_id;
    QString m_status;
    QString m_error;
    QString m_written;
};

} // namespace kw
