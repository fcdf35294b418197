#pragma once

#include "services/leader_desk.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * An access request (AVG art. 15): everything the leader's database holds about one teacher
 * (LeaderStore::teacherRecord) as one PDF (accessExportReport), written where the leader
 * chooses. Nothing is left out: the notes, sent or still a draft, are the teacher's to see.
 */
class AccessRequestExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::LeaderDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    Q_PROPERTY(QString writtenPath READ writtenPath NOTIFY statusChanged)

public:
    explicit AccessRequestExport(QObject* parent = nullptr);

    LeaderDesk* desk() const { return m_desk; }
    void setDesk(LeaderDesk* desk);
    QString statusText() const { return m_status; }
    QString errorText() const { return m_error; }
    QString writtenPath() const { return m_written; }

    /** Writes everything held about @p teacherName to @p file; false (errorText says why). */
    Q_INVOKABLE bool exportTo(const QString& teacherName, const QUrl& file);
    /** The documents folder with "Inzageverzoek <name> <day>.pdf". */
    Q_INVOKABLE QUrl suggestedFile(const QString& teacherName) const;

signals:
    void deskChanged();
    void statusChanged();

private:
    bool fail(const QString& message);

    QPointer<LeaderDesk> m_desk;
    QString m_status;
    QString m_error;
    QString m_written;
};

} // namespace kw
