#include "cli/hr_session.h"

#include "cli/key_input.h"
#include "exchange/envelope.h"
#include "hr/hr_schema.h"

namespace kw::cli {

Result<exchange::KeySet> readHrKey(const CommandArgs& p, const QCommandLineOption& key)
{
    auto keys = readKeyPath(p.value(key), p);
    if (!keys)
        return keys.error();
    if (keys->party != ::kernwijzer::v1::PARTY_SCHOOL || !keys->hasSecrets())
        return Error { Error::Code::InvalidInput,
            QStringLiteral("%1 is not HR's secret key file.").arg(p.value(key)) };
    return keys;
}

Result<HrSession> openHrSession(const CommandArgs& p, const HrOptions& options, const Clock& clock)
{
    const auto refused = [](const QString& why) {
        return Error { Error::Code::InvalidInput, why };
    };
    HrSession session;
    auto keys = readHrKey(p, options.key);
    if (!keys)
        return keys.error();
    session.keys = *keys;
    auto db = sql::Database::open(p.value(options.db), hr::hrSchema());
    if (!db)
        return db.error();
    session.db = std::move(*db);
    session.store = std::make_unique<hr::HrStore>(*session.db, clock);
    if (p.isSet(options.profile)) {
        auto bytes = exchange::readFileLimited(
            p.value(options.profile), exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_PROFILE));
        if (!bytes)
            return bytes.error();
        auto added = session.store->addProfile(*bytes);
        if (!added)
            return added.error();
        if (added->school.boxKey != keys->boxPublic)
            return refused(QStringLiteral("%1 is not the HR key of %2.")
                               .arg(p.value(options.key), added->schoolName));
        session.lines << QStringLiteral("profile version %1 of %2 added")
                             .arg(added->version)
                             .arg(added->schoolName);
    }
    return session;
}

} // namespace kw::cli
