#pragma once

#include "agreement_list_model.h"
#include "services/leader_desk.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The leader's notes of one conversation while they talk (gespreksmodus): their own points and
 * notes per agenda part, and the agreements. There are no hidden notes: all of it goes into the
 * verslag the teacher receives. Every change is kept shortly after it is made
 * (LeaderStore::saveNotes), and at once by saveNow() and when this object goes. A closed
 * conversation shows what its verslag said, with the teacher's answers, and cannot be changed.
 */
class ConversationNotes : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::LeaderDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY deskChanged
            REQUIRED)
    Q_PROPERTY(bool editable READ editable NOTIFY draftChanged)
    /** Changes every time the draft changes: bind notes(part) through it. */
    Q_PROPERTY(int version READ version NOTIFY draftChanged)
    Q_PROPERTY(kw::AgreementListModel* agreements READ agreements CONSTANT)
    /** [{id, name}]: the school's kernwaarden an agreement can serve. */
    Q_PROPERTY(QVariantList kernwaardeChoices READ kernwaardeChoices NOTIFY draftChanged)
    /** [{ref, title}]: the POP goals the teacher shared. */
    Q_PROPERTY(QVariantList goalChoices READ goalChoices NOTIFY draftChanged)
    /** Whether every change is kept. */
    Q_PROPERTY(bool saved READ saved NOTIFY savedChanged)
    /** "Kept at 10:02"; "" before the first change. */
    Q_PROPERTY(QString savedText READ savedText NOTIFY savedChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY savedChanged)
    /** The teacher's and the leader's names, for "who". */
    Q_PROPERTY(QString teacherName READ teacherName NOTIFY draftChanged)
    Q_PROPERTY(QString leaderName READ leaderName NOTIFY draftChanged)

public:
    explicit ConversationNotes(QObject* parent = nullptr);
    ~ConversationNotes() override;

    LeaderDesk* desk() const { return m_desk; }
    void setDesk(LeaderDesk* desk);
    QString conversationId() const { return m_id; }
    void setConversationId(const QString& hexId);
    bool editable() const { return m_editable; }
    int version() const { return m_version; }
    AgreementListModel* agreements() const { return m_agreements; }
    QVariantList kernwaardeChoices() const;
    QVariantList goalChoices() const;
    bool saved() const { return !m_dirty; }
    QString savedText() const;
    QString errorText() const { return m_error; }
    QString teacherName() const;
    QString leaderName() const;

    /** The notes of agenda part @p part (kernwijzer.v1.AgendaPart) written during the talk. */
    Q_INVOKABLE QString notes(int part) const;
    /** The leader's own points for @p part, prepared beforehand. */
    Q_INVOKABLE QString ownPoints(int part) const;
    Q_INVOKABLE void setNotes(int part, const QString& text);
    Q_INVOKABLE void setOwnPoints(int part, const QString& text);
    /**
     * Adds an agreement: @p what, @p who ("teacher" or "leader"), @p dueIso ("" or YYYY-MM-DD),
     * and what it serves: @p kernwaardeId or @p goalRef (one of goalChoices), or neither.
     * False (errorText says why) for an empty what or a day that is none.
     */
    Q_INVOKABLE bool addAgreement(const QString& what, const QString& who, const QString& dueIso,
        const QString& kernwaardeId, const QString& goalRef);
    Q_INVOKABLE void removeAgreement(int row);
    /** Keeps what is not kept yet, now; false (errorText says why) when it cannot. */
    Q_INVOKABLE bool saveNow();

signals:
    void deskChanged();
    void draftChanged();
    void savedChanged();

private:
    void reload();
    void changedByUser();
    ::kernwijzer::v1::PartNotes& partNotes(int part);
    void showAgreements();

    QPointer<LeaderDesk> m_desk;
    QMetaObject::Connection m_deskChanged;
    QString m_id;
    std::optional<conversation::ConversationRecord> m_record;
    std::optional<SchoolProfile> m_profile;
    ::kernwijzer::v1::Verslag m_draft;
    AgreementListModel* m_agreements;
    QTimer m_saveTimer;
    bool m_editable = false;
    bool m_dirty = false;
    int m_version = 0;
    QDateTime m_savedAt;
    QString m_error;
};

} // namespace kw
