#pragma once

#include "conversation_fixture.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <memory>

namespace kw::test {

/**
 * The leader's side of the waarderingsgesprek for the teacher's Qt Quick Tests (context property
 * "gesprekFixtures"): the school's profile listing the leader (to import as a teacher does) and
 * a verslag made by the real leader code (LeaderStore) to the preparation the app sent.
 */
class GesprekFixtures : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QUrl profile READ profile CONSTANT)
    Q_PROPERTY(QString profileCode READ profileCode CONSTANT) ///< its verification code
    Q_PROPERTY(QString team READ team CONSTANT) ///< a team the leader holds conversations with
    Q_PROPERTY(QString leaderName READ leaderName CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged) ///< why the last call failed

public:
    explicit GesprekFixtures(QObject* parent = nullptr);
    ~GesprekFixtures() override;

    QUrl profile() const { return m_profile; }
    QString profileCode() const;
    QString team() const { return QStringLiteral("onderbouw"); }
    QString leaderName() const { return m_leader.leader().name; }
    QString error() const { return m_error; }

    /**
     * The leader imports the .kwgesprek at @p preparation, writes notes and @p agreements
     * ([{what, kernwaardeId, goalRef, due}]) and makes the verslag; returns the .kwverslag's URL,
     * or an empty URL with error set.
     */
    Q_INVOKABLE QUrl verslagFor(const QUrl& preparation, const QVariantList& agreements);

signals:
    void errorChanged();

private:
    QUrl fail(const QString& message);

    TempLeader m_leader;
    QUrl m_profile;
    QString m_error;
};

} // namespace kw::test
