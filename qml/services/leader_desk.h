#pragma once

#include "conversation/leader_store.h"
#include "services/school_desk.h"

#include <memory>
#include <optional>

namespace kw {

/**
 * The team leader's desk (singleton "Leader"): the conversations database (leider.sqlite) and
 * the leader's key. Opening it deletes what is held about teachers who left longer ago than the
 * profile's retention.
 */
class LeaderDesk : public SchoolDesk
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the app makes the desks")
    /** Whether a school profile is installed (the leader then is one of its leaders). */
    Q_PROPERTY(bool hasProfile READ hasProfile NOTIFY changed)
    /** The leader's name as the installed profile lists them; empty before the first profile. */
    Q_PROPERTY(QString leaderName READ leaderName NOTIFY changed)

public:
    using SchoolDesk::SchoolDesk;
    ~LeaderDesk() override;

    /** The store, opened on the first call; null when it cannot open (openError() says why). */
    conversation::LeaderStore* store() { return ready() ? m_store.get() : nullptr; }

    QString schoolName() override;
    bool hasProfile();
    QString leaderName();
    /** The installed profile; nothing before the first (or when the store cannot open). */
    std::optional<SchoolProfile> profile();
    /** The team's name as the installed profile names it; @p teamId itself when it does not. */
    QString teamName(const QString& teamId);

protected:
    Status openStore() override;

private:
    std::unique_ptr<conversation::LeaderStore> m_store;
};

} // namespace kw
