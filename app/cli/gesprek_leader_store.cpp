#include "cli/gesprek_leader_store.h"

#include <QFileInfo>

namespace kw::cli {

using conversation::LeaderStore;

const QCommandLineOption& leaderDbOption()
{
    static const QCommandLineOption option({ QStringLiteral("leader-db") },
        QStringLiteral("The leader's database (made by `gesprek profile`)."),
        QStringLiteral("FILE"));
    return option;
}

const QCommandLineOption& leaderKeyOption()
{
    static const QCommandLineOption option({ QStringLiteral("key") },
        QStringLiteral("The leader's secret key file (.kwsleutel)."), QStringLiteral("FILE"));
    return option;
}

const QCommandLineOption& leaderConversationOption()
{
    static const QCommandLineOption option({ QStringLiteral("conversation") },
        QStringLiteral("The conversation: at least 6 hex digits of its id."), QStringLiteral("ID"));
    return option;
}

std::unique_ptr<LeaderStore> openLeaderStore(const CommandArgs& p, int& code)
{
    code = Failed;
    const QString path = p.value(leaderDbOption());
    if (!QFileInfo::exists(path)) {
        p.failed(QStringLiteral("%1 does not exist; start it with `gesprek profile` and the "
                                "school's co-signed profile.")
                     .arg(path));
        return nullptr;
    }
    auto store = LeaderStore::open(path, p.ctx().clock, { .create = false });
    if (!store) {
        p.failed(store.error());
        return nullptr;
    }
    if (auto purged = (*store)->purgeExpired(p.ctx().clock.today()); !purged) {
        p.failed(purged.error());
        return nullptr;
    }
    code = Ok;
    return std::move(*store);
}

std::optional<QByteArray> leaderConversationId(LeaderStore& store, const CommandArgs& p, int& code)
{
    auto id = store.findConversation(p.value(leaderConversationOption()));
    if (!id) {
        code = p.failed(id.error());
        return std::nullopt;
    }
    return *id;
}

} // namespace kw::cli
