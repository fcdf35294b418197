#pragma once

#include "conversation/conversation_file.h"
#include "services/journal_service.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Exactly what the leader will see: the body TeacherConversations::plan() returns for the kept
 * draft, an item a row, grouped per agenda part, the wellbeing trend last (only when the teacher
 * switched it on), and sending it: a .kwgesprek sealed to the leader, saved where the teacher
 * chooses. Rows: part, section (the part's name), source ("own", "reflection", "goal", "hours",
 * "agreement", "wellbeing"), title, text, day (ISO or ""), valueIds.
 */
class PreparationPreviewModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)
    Q_PROPERTY(bool ready READ ready NOTIFY refreshed) ///< false: errorText says why
    Q_PROPERTY(QString leaderName READ leaderName NOTIFY refreshed)
    Q_PROPERTY(QString teacherName READ teacherName NOTIFY refreshed)
    Q_PROPERTY(QString plannedOn READ plannedOn NOTIFY refreshed)
    Q_PROPERTY(int revision READ revision NOTIFY refreshed)
    /** False when this is exactly what was sent last: sending changes nothing. */
    Q_PROPERTY(bool newRevision READ newRevision NOTIFY refreshed)
    Q_PROPERTY(bool sentBefore READ sentBefore NOTIFY refreshed)
    Q_PROPERTY(bool sharesWellbeing READ sharesWellbeing NOTIFY refreshed)
    Q_PROPERTY(int count READ count NOTIFY refreshed)
    Q_PROPERTY(QUrl suggestedFile READ suggestedFile NOTIFY refreshed)
    Q_PROPERTY(QString writtenPath READ writtenPath NOTIFY finished)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Role {
        PartRole = Qt::UserRole + 1,
        SectionRole,
        SourceRole,
        TitleRole,
        TextRole,
        DayRole,
        ValueIdsRole,
    };
    Q_ENUM(Role)

    explicit PreparationPreviewModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);
    bool ready() const { return m_body.has_value(); }
    QString leaderName() const;
    QString teacherName() const;
    QString plannedOn() const;
    int revision() const { return m_body ? int(m_body->ref().revision()) : 0; }
    bool newRevision() const { return m_newRevision; }
    bool sentBefore() const { return m_sentBefore; }
    bool sharesWellbeing() const { return m_body && m_body->has_wellbeing(); }
    int count() const { return int(m_rows.size()); }
    QUrl suggestedFile() const;
    QString writtenPath() const { return m_written; }
    QString errorText() const { return m_error.isEmpty() ? m_planError : m_error; }

    /** Reads the kept draft again and plans it. */
    Q_INVOKABLE void refresh();
    /**
     * Seals the preparation to the leader, records it and writes it to @p file (a file: URL);
     * false with errorText when refused. A failed write keeps what was recorded: sending again
     * writes the same file.
     */
    Q_INVOKABLE bool sendTo(const QUrl& file);

signals:
    void journalChanged();
    void refreshed();
    void finished();
    void errorTextChanged();

private:
    struct Row
    {
        int part = 0;
        QString section;
        QString source;
        QString title;
        QString text;
        QString day;
        QStringList valueIds;
    };

    QPointer<JournalService> m_journal;
    std::optional<conversation::v1::Preparation> m_body;
    QList<Row> m_rows;
    bool m_newRevision = true;
    bool m_sentBefore = false;
    QString m_planError;
    QString m_error;
    QString m_written;
};

} // namespace kw
