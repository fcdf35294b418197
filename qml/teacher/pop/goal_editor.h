#pragma once

#include "pop/goal.h"
#include "services/journal_service.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Behind the goal screens: one POP goal as the teacher writes or reads it. Saving goes through the
 * PopStore, which validates; on failure everything typed stays and errorText says why. Removing a
 * goal that has evidence needs the teacher's confirmation; the reflections always stay.
 */
class GoalEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)
    Q_PROPERTY(qint64 goalId READ goalId NOTIFY loaded)
    Q_PROPERTY(bool editing READ editing NOTIFY loaded)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY contentChanged)
    Q_PROPERTY(QStringList valueIds READ valueIds WRITE setValueIds NOTIFY contentChanged)
    Q_PROPERTY(QString themeId READ themeId WRITE setThemeId NOTIFY contentChanged)
    Q_PROPERTY(QString themeName READ themeName NOTIFY contentChanged)
    Q_PROPERTY(
        QString successCriteria READ successCriteria WRITE setSuccessCriteria NOTIFY contentChanged)
    Q_PROPERTY(QString targetDate READ targetDate WRITE setTargetDate NOTIFY contentChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY contentChanged)
    Q_PROPERTY(QString statusName READ statusName NOTIFY contentChanged)
    Q_PROPERTY(int schoolYear READ schoolYear NOTIFY loaded)
    Q_PROPERTY(QString schoolYearLabel READ schoolYearLabel NOTIFY loaded)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int maxTitleLength READ maxTitleLength CONSTANT)
    /** [{id, name}] of the statuses, translated. */
    Q_PROPERTY(QVariantList statuses READ statuses CONSTANT)
    /** [{id, name}] of the school's themes (leidende principes). */
    Q_PROPERTY(QVariantList themes READ themes NOTIFY journalChanged)

public:
    explicit GoalEditor(QObject* parent = nullptr);

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);

    qint64 goalId() const { return m_goal.id; }
    bool editing() const { return m_goal.id != 0; }
    QString title() const { return m_goal.title; }
    void setTitle(const QString& title);
    QStringList valueIds() const { return m_goal.valueIds; }
    void setValueIds(const QStringList& ids);
    QString themeId() const { return m_goal.themeId; }
    void setThemeId(const QString& id);
    QString themeName() const;
    QString successCriteria() const { return m_goal.successCriteria; }
    void setSuccessCriteria(const QString& text);
    QString targetDate() const { return m_goal.targetDate.toString(Qt::ISODate); }
    void setTargetDate(const QString& isoDay); ///< "" clears
    QString status() const { return goalStatusId(m_goal.status); }
    void setStatus(const QString& statusId);
    QString statusName() const { return goalStatusName(m_goal.status); }
    int schoolYear() const { return m_goal.schoolYear; }
    QString schoolYearLabel() const;
    QString errorText() const { return m_error; }
    int maxTitleLength() const { return pop_rules::maxTitleLength; }
    QVariantList statuses() const;
    QVariantList themes() const;

    /** A new goal in school year @p schoolYear (0: the current one), status "actief". */
    Q_INVOKABLE void startNew(int schoolYear = 0);
    /** Loads a saved goal; false (with errorText) when it is gone. */
    Q_INVOKABLE bool edit(qint64 goalId);
    Q_INVOKABLE void toggleValue(const QString& valueId);
    /** Validates and stores; on success emits saved(). */
    Q_INVOKABLE bool save();
    /** Stores only a new status of a saved goal (the quick change on the goal's page). */
    Q_INVOKABLE bool saveStatus(const QString& statusId);
    /**
     * Removes the saved goal with its actions. Without @p confirmed a goal with evidence is kept
     * and errorText says how many reflections are linked; with it the links go and the reflections
     * stay.
     */
    Q_INVOKABLE bool remove(bool confirmed);

signals:
    void journalChanged();
    void loaded();
    void contentChanged();
    void errorTextChanged();
    void saved(qint64 goalId);
    void removed();

private:
    void changed();
    void setError(const QString& error);
    PopStore* pop();

    QPointer<JournalService> m_journal;
    Goal m_goal;
    QString m_error;
};

} // namespace kw
