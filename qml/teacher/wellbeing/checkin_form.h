#pragma once

#include "services/journal_service.h"
#include "wellbeing/checkin.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Behind the check-in screen: one instrument of the profile (WHO-5, the weekly pulse, …) as the
 * teacher answers it for the current period, saved through the CheckinStore, which scores and
 * validates. After saving it holds the teacher's own result and, for a low WHO-5, the support
 * contacts from the profile. None of it leaves the device.
 */
class CheckinForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)
    Q_PROPERTY(
        QString instrumentId READ instrumentId WRITE setInstrumentId NOTIFY instrumentChanged)
    Q_PROPERTY(QString title READ title NOTIFY instrumentChanged)
    Q_PROPERTY(QString intro READ intro NOTIFY instrumentChanged)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY instrumentChanged)
    Q_PROPERTY(QVariantList items READ items NOTIFY instrumentChanged)
    Q_PROPERTY(int scaleMin READ scaleMin NOTIFY instrumentChanged)
    Q_PROPERTY(int scaleMax READ scaleMax NOTIFY instrumentChanged)
    Q_PROPERTY(QString lowLabel READ lowLabel NOTIFY instrumentChanged)
    Q_PROPERTY(QString highLabel READ highLabel NOTIFY instrumentChanged)
    Q_PROPERTY(QVariantList choiceLists READ choiceLists NOTIFY instrumentChanged)
    Q_PROPERTY(bool answeredBefore READ answeredBefore NOTIFY instrumentChanged)
    Q_PROPERTY(QVariantList answers READ answers NOTIFY answersChanged)
    Q_PROPERTY(QVariantMap selections READ selections NOTIFY answersChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY answersChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)
    Q_PROPERTY(bool done READ done NOTIFY resultChanged)
    Q_PROPERTY(QString scoreText READ scoreText NOTIFY resultChanged)
    Q_PROPERTY(QString band READ band NOTIFY resultChanged) ///< "ok", "low" or "advise"
    Q_PROPERTY(QVariantList supportContacts READ supportContacts NOTIFY resultChanged)

public:
    explicit CheckinForm(QObject* parent = nullptr);

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);
    QString instrumentId() const { return m_instrumentId; }
    void setInstrumentId(const QString& id);

    QString title() const;
    QString intro() const;
    QString periodLabel() const;
    QVariantList items() const;
    int scaleMin() const { return m_instrument ? m_instrument->scale.min : 0; }
    int scaleMax() const { return m_instrument ? m_instrument->scale.max : 0; }
    QString lowLabel() const;
    QString highLabel() const;
    QVariantList choiceLists() const;
    bool answeredBefore() const { return m_answeredBefore; }
    QVariantList answers() const;
    QVariantMap selections() const;
    int openCount() const;
    QString errorText() const { return m_error; }
    bool done() const { return m_done; }
    QString scoreText() const;
    QString band() const { return m_done ? bandId(m_result.band) : QString(); }
    QVariantList supportContacts() const;

    /** Sets item @p item to @p value; choosing the same value again clears it. */
    Q_INVOKABLE void setAnswer(int item, int value);
    Q_INVOKABLE void toggleChoice(const QString& listId, const QString& optionId);
    /** Scores and stores (replacing an earlier answer for this period); false with errorText. */
    Q_INVOKABLE bool save();
    /** Starts over for the current period. */
    Q_INVOKABLE void reset();

signals:
    void journalChanged();
    void instrumentChanged();
    void answersChanged();
    void resultChanged();

private:
    void load();
    QString anchorText(int value) const;

    QPointer<JournalService> m_journal;
    QString m_instrumentId;
    const Instrument* m_instrument = nullptr;
    Period m_period;
    bool m_answeredBefore = false;
    Answers m_answers;
    Selections m_selections;
    QString m_error;
    bool m_done = false;
    Checkin m_result;
};

} // namespace kw
