#pragma once

#include "journal/reflection.h"
#include "services/journal_service.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Behind the quick-entry and edit screen: holds what the teacher is writing, keeps a draft of a
 * new reflection in the journal database (so closing the app mid-entry loses nothing), and saves
 * through the store, which validates. On failure the text stays and errorText says why.
 */
class ReflectionEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)
    Q_PROPERTY(qint64 reflectionId READ reflectionId NOTIFY loaded)
    Q_PROPERTY(bool editing READ editing NOTIFY loaded)
    Q_PROPERTY(bool restoredDraft READ restoredDraft NOTIFY loaded)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY contentChanged)
    Q_PROPERTY(QString day READ day WRITE setDay NOTIFY contentChanged)
    Q_PROPERTY(QStringList valueIds READ valueIds WRITE setValueIds NOTIFY contentChanged)
    Q_PROPERTY(int outcome READ outcome WRITE setOutcome NOTIFY contentChanged)
    Q_PROPERTY(int energy READ energy WRITE setEnergy NOTIFY contentChanged)
    Q_PROPERTY(QStringList tagIds READ tagIds WRITE setTagIds NOTIFY contentChanged)
    Q_PROPERTY(int textLength READ textLength NOTIFY contentChanged)
    Q_PROPERTY(int maxLength READ maxLength CONSTANT)
    Q_PROPERTY(bool tooLong READ tooLong NOTIFY contentChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString createdLabel READ createdLabel NOTIFY loaded)
    Q_PROPERTY(QString editedLabel READ editedLabel NOTIFY loaded)

public:
    explicit ReflectionEditor(QObject* parent = nullptr);
    ~ReflectionEditor() override;

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);

    qint64 reflectionId() const { return m_r.id; }
    bool editing() const { return m_r.id != 0; }
    bool restoredDraft() const { return m_restoredDraft; }
    QString text() const { return m_r.text; }
    void setText(const QString& text);
    QString day() const { return m_r.day.toString(Qt::ISODate); }
    void setDay(const QString& isoDay);
    QStringList valueIds() const { return m_r.valueIds; }
    void setValueIds(const QStringList& ids);
    int outcome() const { return m_r.outcome; }
    void setOutcome(int outcome);
    int energy() const { return m_r.energy.value_or(0); }
    void setEnergy(int energy); ///< 0 clears
    QStringList tagIds() const { return m_r.tagIds; }
    void setTagIds(const QStringList& ids);
    int textLength() const { return int(m_r.text.trimmed().size()); }
    int maxLength() const { return reflection_rules::maxTextLength; }
    bool tooLong() const { return textLength() > maxLength(); }
    QString errorText() const { return m_error; }
    /** When a saved reflection was written and last changed, in the UI language; "" for new ones.
     */
    QString createdLabel() const;
    QString editedLabel() const;

    /** A new reflection for today, or the draft left from last time. */
    Q_INVOKABLE void startNew();
    /** Loads a saved reflection to edit; false (with errorText) when it is gone. */
    Q_INVOKABLE bool edit(qint64 reflectionId);
    Q_INVOKABLE void toggleValue(const QString& valueId);
    Q_INVOKABLE void toggleTag(const QString& tagId);
    /** Validates and stores; on success the draft is gone and saved() is emitted. */
    Q_INVOKABLE bool save();
    /** Drops what was typed (and the draft of a new reflection). */
    Q_INVOKABLE void discard();

    static const QString draftKey;

signals:
    void journalChanged();
    void loaded();
    void contentChanged();
    void errorTextChanged();
    void saved(qint64 reflectionId);

private:
    void changed();
    void writeDraft();
    void setError(const QString& error);

    QPointer<JournalService> m_journal;
    Reflection m_r;
    bool m_restoredDraft = false;
    bool m_draftDirty = false;
    QString m_error;
    QTimer m_draftTimer;
};

} // namespace kw
