#pragma once

#include "conversation/teacher_preparation_draft.h"
#include "services/journal_service.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Behind "Prepare waarderingsgesprek": the teacher's PreparationDraft
 * (core/conversation/teacher_preparation_draft.h) as they work on it, kept in the journal as
 * they type (like the reflection draft), so closing the app loses nothing. Reflections and goals
 * are named by id only: what the leader will see is built by core (PreparationPreviewModel).
 * Parts are the agenda parts as numbers (1 terugblik … 4 toekomst, as the format has them).
 */
class PreparationEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)
    /** "new" (never sent), "sent" (a changed one can be sent again), "held" or "closed" (the
     * verslag arrived: this preparation cannot change any more). */
    Q_PROPERTY(QString state READ state NOTIFY loaded)
    Q_PROPERTY(bool editable READ editable NOTIFY loaded)
    Q_PROPERTY(bool restoredDraft READ restoredDraft NOTIFY loaded)
    Q_PROPERTY(QString plannedOn READ plannedOn WRITE setPlannedOn NOTIFY contentChanged)
    Q_PROPERTY(QString leaderId READ leaderId WRITE setLeaderId NOTIFY contentChanged)
    /** [{id, name, detail}]: first "" (the leader of your team), then the profile's leaders. */
    Q_PROPERTY(QVariantList leaders READ leaders NOTIFY loaded)
    /** The leader the preparation goes to; "" with leaderProblem saying why there is none. */
    Q_PROPERTY(QString leaderName READ leaderName NOTIFY contentChanged)
    Q_PROPERTY(QString leaderProblem READ leaderProblem NOTIFY contentChanged)
    Q_PROPERTY(QString teacherName READ teacherName WRITE setTeacherName NOTIFY contentChanged)
    /** [{part, name}] of the four agenda parts, in order. */
    Q_PROPERTY(QVariantList parts READ parts CONSTANT)
    /** [{index, part, text}]: the teacher's own points. */
    Q_PROPERTY(QVariantList points READ points NOTIFY contentChanged)
    /** {reflectionId: part} and {goalId: part} of what is ticked. */
    Q_PROPERTY(QVariantMap reflectionParts READ reflectionParts NOTIFY contentChanged)
    Q_PROPERTY(QVariantMap goalParts READ goalParts NOTIFY contentChanged)
    /** [{id, part, day, valueIds, title}] of the ticked reflections (title: the first words,
     * shown on this device only). */
    Q_PROPERTY(QVariantList chosenReflections READ chosenReflections NOTIFY contentChanged)
    /** 0: the hours balance is not brought; else the part it goes with. */
    Q_PROPERTY(int hoursPart READ hoursPart WRITE setHoursPart NOTIFY contentChanged)
    Q_PROPERTY(
        bool shareWellbeing READ shareWellbeing WRITE setShareWellbeing NOTIFY contentChanged)
    Q_PROPERTY(QString wellbeingWarning READ wellbeingWarning CONSTANT)
    /** [{what, due, kernwaardeId}]: the open agreements of the last conversation, which go to
     * the terugblik by themselves. */
    Q_PROPERTY(QVariantList openAgreements READ openAgreements NOTIFY loaded)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit PreparationEditor(QObject* parent = nullptr);
    ~PreparationEditor() override;

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);

    QString state() const { return m_state; }
    bool editable() const
    {
        return m_state == QLatin1String("new") || m_state == QLatin1String("sent");
    }
    bool restoredDraft() const { return m_restored; }
    QString plannedOn() const { return m_draft.plannedOn.toString(Qt::ISODate); }
    void setPlannedOn(const QString& isoDay);
    QString leaderId() const { return m_draft.leaderId; }
    void setLeaderId(const QString& id);
    QVariantList leaders() const;
    QString leaderName() const { return m_leaderName; }
    QString leaderProblem() const { return m_leaderProblem; }
    QString teacherName() const { return m_teacherName; }
    void setTeacherName(const QString& name);
    QVariantList parts() const;
    QVariantList points() const;
    QVariantMap reflectionParts() const;
    QVariantMap goalParts() const;
    QVariantList chosenReflections() const;
    int hoursPart() const { return m_draft.hoursPart ? int(*m_draft.hoursPart) : 0; }
    void setHoursPart(int part);
    bool shareWellbeing() const { return m_draft.shareWellbeing; }
    void setShareWellbeing(bool on);
    QString wellbeingWarning() const;
    QVariantList openAgreements() const { return m_openAgreements; }
    QString errorText() const { return m_error; }

    /** Reads the kept draft (or a fresh one) and what it depends on. */
    Q_INVOKABLE void load();
    /** Drops the kept draft and starts the preparation of a new conversation. */
    Q_INVOKABLE void startNew();
    Q_INVOKABLE void addPoint(int part, const QString& text);
    Q_INVOKABLE void removePoint(int index);
    /** Ticks (in @p part, terugblik when 0) or unticks a reflection. */
    Q_INVOKABLE void setReflectionChosen(qint64 reflectionId, bool chosen, int part = 0);
    Q_INVOKABLE void setReflectionPart(qint64 reflectionId, int part);
    Q_INVOKABLE void setGoalChosen(qint64 goalId, bool chosen, int part = 0);
    Q_INVOKABLE void setGoalPart(qint64 goalId, int part);
    /** Writes what was typed to the journal now (before the preview reads it); false with
     * errorText when it could not. */
    Q_INVOKABLE bool flush();

signals:
    void journalChanged();
    void loaded();
    void contentChanged();
    void errorTextChanged();

private:
    void changed();
    void resolveLeader();
    void setError(const QString& error);
    void setChoice(QList<conversation::DraftChoice>& list, qint64 id, bool chosen, int part);

    QPointer<JournalService> m_journal;
    conversation::PreparationDraft m_draft;
    QString m_state = QStringLiteral("new");
    bool m_restored = false;
    bool m_dirty = false;
    QString m_teacherName;
    QString m_leaderName;
    QString m_leaderProblem;
    QVariantList m_openAgreements;
    QVariantList m_chosenReflections;
    QString m_error;
    QTimer m_timer;
};

} // namespace kw
