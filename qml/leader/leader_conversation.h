#pragma once

#include "conversation/leader_store.h"
#include "services/leader_desk.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * One conversation as the leader reads it (LeaderStore::conversation, every signed file checked
 * again): who, when, where it stands, and what the teacher shared per agenda part. Re-reads when
 * the desk changes (an import, a verslag).
 */
class LeaderConversation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::LeaderDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    /** The conversation's id in hex. */
    Q_PROPERTY(QString conversationId READ conversationId WRITE setConversationId NOTIFY deskChanged
            REQUIRED)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString teacherName READ teacherName NOTIFY changed)
    Q_PROPERTY(QString teamName READ teamName NOTIFY changed)
    Q_PROPERTY(QString plannedOn READ plannedOn NOTIFY changed)
    Q_PROPERTY(QString heldOn READ heldOn NOTIFY changed)
    /** "prepared", "held", "closed" */
    Q_PROPERTY(QString stateId READ stateId NOTIFY changed)
    Q_PROPERTY(QString stateName READ stateName NOTIFY changed)
    Q_PROPERTY(int preparationRevision READ preparationRevision NOTIFY changed)
    Q_PROPERTY(int verslagRevision READ verslagRevision NOTIFY changed)
    /** The four agenda parts: [{part, partId, name, items: [{source, title, text, day,
     * kernwaarden}]}], items as the teacher shared them. */
    Q_PROPERTY(QVariantList parts READ parts NOTIFY changed)
    /** The wellbeing the teacher chose to share: [{name, points}]; [] when not shared. */
    Q_PROPERTY(QVariantList wellbeing READ wellbeing NOTIFY changed)
    /** The teacher's general reaction in their response; "" before it. */
    Q_PROPERTY(QString reaction READ reaction NOTIFY changed)

public:
    explicit LeaderConversation(QObject* parent = nullptr);

    LeaderDesk* desk() const { return m_desk; }
    void setDesk(LeaderDesk* desk);
    QString conversationId() const { return m_id; }
    void setConversationId(const QString& hexId);

    bool loaded() const { return m_record.has_value(); }
    QString errorText() const { return m_error; }
    QString teacherName() const { return m_record ? m_record->teacherName : QString(); }
    QString teamName() const { return m_teamName; }
    QString plannedOn() const;
    QString heldOn() const;
    QString stateId() const;
    QString stateName() const;
    int preparationRevision() const { return m_record ? m_record->preparation.revision : 0; }
    int verslagRevision() const
    {
        return m_record && m_record->verslag ? m_record->verslag->revision : 0;
    }
    QVariantList parts() const;
    QVariantList wellbeing() const;
    QString reaction() const;

    /** The record as read last; null before. */
    const conversation::ConversationRecord* record() const
    {
        return m_record ? &*m_record : nullptr;
    }

signals:
    void deskChanged();
    void changed();

private:
    void reload();

    QPointer<LeaderDesk> m_desk;
    QMetaObject::Connection m_deskChanged;
    QString m_id;
    std::optional<conversation::ConversationRecord> m_record;
    std::optional<SchoolProfile> m_profile;
    QString m_teamName;
    QString m_error;
};

} // namespace kw
