#pragma once

#include "services/journal_service.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Behind the verslag page: importing the leader's .kwverslag, reading it (the leader's notes
 * per part and the agreements), the teacher's answer to each agreement (akkoord or gezien, an
 * optional reaction, the kernwaarde of an agreement that becomes a new goal), signing, the
 * .kwreactie saved where the teacher chooses, and what the response made in the POP. Everything
 * goes through TeacherConversations; a refused file changes nothing and errorText says why.
 */
class VerslagResponse : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)
    /** The conversation shown (hex); "" until one is loaded or imported. */
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY loaded)
    Q_PROPERTY(bool hasVerslag READ hasVerslag NOTIFY loaded)
    /** "held" (to answer) or "closed" (answered); "" without a verslag. */
    Q_PROPERTY(QString state READ state NOTIFY loaded)
    Q_PROPERTY(QString leaderName READ leaderName NOTIFY loaded)
    Q_PROPERTY(QString heldOn READ heldOn NOTIFY loaded)
    Q_PROPERTY(int revision READ revision NOTIFY loaded)
    /** [{part, name, ownPoints, notes}] of the parts the leader wrote in, in agenda order. */
    Q_PROPERTY(QVariantList notes READ notes NOTIFY loaded)
    /**
     * [{id, what, who, due, kernwaardeId, goalTitle, newGoal (true: an akkoord makes a new POP
     * goal), status ("", "akkoord", "gezien"), reaction, chosenKernwaarde}].
     */
    Q_PROPERTY(QVariantList agreements READ agreements NOTIFY answersChanged)
    /** How many agreements: a view's Repeater counts these, so answering rebuilds no card. */
    Q_PROPERTY(int agreementCount READ agreementCount NOTIFY loaded)
    Q_PROPERTY(QString reaction READ reaction WRITE setReaction NOTIFY answersChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY answersChanged) ///< every agreement answered
    /** After responding: [{goalId, goalTitle, actionTitle, due, newGoal}] made in the POP. */
    Q_PROPERTY(QVariantList popChanges READ popChanges NOTIFY loaded)
    Q_PROPERTY(QUrl suggestedFile READ suggestedFile NOTIFY loaded)
    Q_PROPERTY(QString writtenPath READ writtenPath NOTIFY finished)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit VerslagResponse(QObject* parent = nullptr);

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);
    QString conversationId() const { return QString::fromLatin1(m_id.toHex()); }
    void setConversationId(const QString& hexId);
    bool hasVerslag() const { return !m_state.isEmpty(); }
    QString state() const { return m_state; }
    QString leaderName() const { return m_leaderName; }
    QString heldOn() const { return m_heldOn; }
    int revision() const { return m_revision; }
    QVariantList notes() const { return m_notes; }
    QVariantList agreements() const;
    int agreementCount() const { return int(m_answers.size()); }
    QString reaction() const { return m_reaction; }
    void setReaction(const QString& text);
    bool complete() const;
    QVariantList popChanges() const { return m_changes; }
    QUrl suggestedFile() const;
    QString writtenPath() const { return m_written; }
    QString errorText() const { return m_error; }

    /** Imports the .kwverslag at @p file and shows it; false (nothing changed) with errorText. */
    Q_INVOKABLE bool importFile(const QUrl& file);
    /** "akkoord", "gezien" or "" (not answered yet) for agreement @p agreementId (hex). */
    Q_INVOKABLE void setStatus(const QString& agreementId, const QString& status);
    Q_INVOKABLE void setAgreementReaction(const QString& agreementId, const QString& text);
    Q_INVOKABLE void setKernwaarde(const QString& agreementId, const QString& kernwaardeId);
    /**
     * Signs the response (the accepted agreements become POP actions, the conversation closes)
     * and writes the .kwreactie to @p file; false with errorText when refused. When only the
     * write fails the response is kept: saveResponse() writes it again.
     */
    Q_INVOKABLE bool sign(const QUrl& file);
    /** Writes the signed response of a closed conversation (again) to @p file. */
    Q_INVOKABLE bool saveResponse(const QUrl& file);

signals:
    void journalChanged();
    void loaded();
    void answersChanged();
    void finished();
    void errorTextChanged();

private:
    struct Answer
    {
        QByteArray id;
        QVariantMap shown; ///< what agreements() lists, without the answer
        QString status;
        QString reaction;
        QString kernwaardeId;
    };

    void load();
    void clear();
    Answer* answer(const QString& hexId);
    bool writeTo(const QUrl& file, const QByteArray& bytes);
    void setError(const QString& error);

    QPointer<JournalService> m_journal;
    QByteArray m_id;
    QString m_state;
    QString m_leaderName;
    QString m_heldOn;
    int m_revision = 0;
    QVariantList m_notes;
    QList<Answer> m_answers;
    QString m_reaction;
    QVariantList m_changes;
    QString m_written;
    QString m_error;
};

} // namespace kw
