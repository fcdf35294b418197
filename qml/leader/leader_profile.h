#pragma once

#include "services/leader_desk.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Behind the leader's profile page: installs the school's co-signed profile in the leader's
 * database (LeaderStore::installProfile), and says whether it lists the leader's key. A profile
 * that does not list the key yet is refused with what to do: HR adds the leader, the custodian
 * co-signs, and the leader installs the new version.
 */
class LeaderProfile : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::LeaderDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    Q_PROPERTY(bool installed READ installed NOTIFY profileChanged)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY profileChanged)
    Q_PROPERTY(int version READ version NOTIFY profileChanged)
    Q_PROPERTY(QString validUntil READ validUntil NOTIFY profileChanged)
    Q_PROPERTY(QString leaderName READ leaderName NOTIFY profileChanged)
    /** The names of the teams the profile gives this leader, as one list ("A, B en C"). */
    Q_PROPERTY(QString teams READ teams NOTIFY profileChanged)
    Q_PROPERTY(QString kernwaarden READ kernwaarden NOTIFY profileChanged)
    Q_PROPERTY(int retentionYears READ retentionYears NOTIFY profileChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY statusChanged)
    /** The last refusal was "your key is not in this profile": HR must add it first. */
    Q_PROPERTY(bool notListed READ notListed NOTIFY statusChanged)

public:
    explicit LeaderProfile(QObject* parent = nullptr);

    LeaderDesk* desk() const { return m_desk; }
    void setDesk(LeaderDesk* desk);

    bool installed() const { return m_profile.has_value(); }
    QString schoolName() const { return m_profile ? m_profile->schoolName : QString(); }
    int version() const { return m_profile ? m_profile->version : 0; }
    QString validUntil() const;
    QString leaderName() const { return m_leader ? m_leader->keys.name : QString(); }
    QString teams() const;
    QString kernwaarden() const;
    int retentionYears() const { return m_profile ? m_profile->retentionYears : 0; }
    QString statusText() const { return m_status; }
    QString errorText() const { return m_error; }
    bool notListed() const { return m_notListed; }

    /** Installs the co-signed profile @p file; false (errorText says why) changes nothing. */
    Q_INVOKABLE bool install(const QUrl& file);
    /** Installs the first .kwprofiel among dropped @p urls. */
    Q_INVOKABLE bool installDropped(const QList<QUrl>& urls);

signals:
    void deskChanged();
    void profileChanged();
    void statusChanged();

private:
    void read();
    bool fail(const QString& message, bool notListed = false);

    QPointer<LeaderDesk> m_desk;
    QMetaObject::Connection m_deskChanged;
    std::optional<SchoolProfile> m_profile;
    std::optional<Leader> m_leader;
    QString m_status;
    QString m_error;
    bool m_notListed = false;
};

} // namespace kw
