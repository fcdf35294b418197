#pragma once

#include "cli/command_args.h"
#include "exchange/key_file.h"
#include "hr/hr_store.h"

#include <QCommandLineOption>
#include <memory>

namespace kw::cli {

/** The options every HR command shares: --hr-db, --key and --profile. */
struct HrOptions
{
    QCommandLineOption db { { QStringLiteral("hr-db") },
        QStringLiteral("HR's database (created when it does not exist)."), QStringLiteral("FILE") };
    QCommandLineOption key { { QStringLiteral("key") },
        QStringLiteral("HR's secret key file (.kwsleutel)."), QStringLiteral("FILE") };
    QCommandLineOption profile { { QStringLiteral("profile") },
        QStringLiteral("A co-signed school profile (.kwprofiel) to add first: needed once for "
                       "each profile version the files were made with."),
        QStringLiteral("FILE") };
};

/** HR's key, its database and store, and what adding --profile printed. */
struct HrSession
{
    exchange::KeySet keys;
    std::unique_ptr<sql::Database> db;
    std::unique_ptr<hr::HrStore> store;
    QStringList lines;
};

/** HR's secret key file @p key (asking for its passphrase as every command does); the error
 * says why it will not do. */
[[nodiscard]] Result<exchange::KeySet> readHrKey(
    const CommandArgs& p, const QCommandLineOption& key);

/**
 * Reads HR's key (--key, asking for its passphrase as every command does), opens --hr-db and
 * adds --profile when given, which must name this HR key. The error says why not.
 */
[[nodiscard]] Result<HrSession> openHrSession(
    const CommandArgs& p, const HrOptions& options, const Clock& clock);

} // namespace kw::cli
