// kernwijzer-cli keys create: the key pairs of HR, the custodian or a team leader.
#include "cli/commands.h"
#include "cli/key_input.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/new_key_files.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>

namespace kw::cli {

int runKeys(const Context& ctx)
{
    const QCommandLineOption partyOption({ QStringLiteral("party") },
        QStringLiteral("school, custodian or leader."), QStringLiteral("PARTY"));
    const QCommandLineOption nameOption({ QStringLiteral("name") },
        QStringLiteral("The holder's name as teachers will see it."), QStringLiteral("NAME"));
    const QCommandLineOption roleOption({ QStringLiteral("role") },
        QStringLiteral("The holder's role (\"Secretaris MR\")."), QStringLiteral("ROLE"));
    const QCommandLineOption outOption({ QStringLiteral("out") },
        QStringLiteral("The secret key file to write (.kwsleutel)."), QStringLiteral("FILE"));
    const QCommandLineOption noPassphraseOption({ QStringLiteral("no-passphrase") },
        QStringLiteral("Leave the secret key file unlocked (for tests and demos only)."));
    const CommandArgs a(ctx,
        { .description = QStringLiteral(
              "keys create: make the signing and sealing keys of HR (--party school), of the "
              "custodian (--party custodian) or of a team leader who holds "
              "waarderingsgesprekken (--party leader). Writes FILE (secret: keep it on your own "
              "computer) and FILE.pub (public: give it to HR for the profile)."),
            .options = { partyOption, nameOption, roleOption, outOption, passphraseFileOption(),
                noPassphraseOption },
            .positionals = { { QStringLiteral("create"), QStringLiteral("The only action.") } },
            .db = DbOption::None });
    if (a.finished)
        return *a.finished;
    if (a.positionals() != QStringList { QStringLiteral("create") })
        return a.usage(QStringLiteral("usage: keys create --party P --name N --out FILE"));
    const QString party = a.value(partyOption);
    const QHash<QString, ::kernwijzer::v1::Party> parties {
        { QStringLiteral("school"), ::kernwijzer::v1::PARTY_SCHOOL },
        { QStringLiteral("custodian"), ::kernwijzer::v1::PARTY_CUSTODIAN },
        { QStringLiteral("leader"), ::kernwijzer::v1::PARTY_LEADER },
    };
    if (!parties.contains(party))
        return a.usage(QStringLiteral("--party is school, custodian or leader."));
    if (a.value(nameOption).trimmed().isEmpty() || !a.isSet(outOption))
        return a.usage(QStringLiteral("--name and --out are required."));
    // Locked with a passphrase unless told otherwise: whoever finds the file cannot use it.
    QByteArray secretPassphrase;
    if (!a.isSet(noPassphraseOption)) {
        auto given = passphrase(a, QStringLiteral("Passphrase for the new key file: "), true);
        if (!given)
            return a.usage(given.error().message);
        secretPassphrase = *given;
    }
    // A leader's role is the same for every leader; HR and the custodian name theirs.
    const QString role = party == QStringLiteral("leader") && !a.isSet(roleOption)
        ? QStringLiteral("leidinggevende")
        : a.value(roleOption);
    auto made = exchange::createKeyFiles(
        parties.value(party), a.value(nameOption), role, a.value(outOption), secretPassphrase);
    crypto::wipe(secretPassphrase);
    if (!made)
        return made.error().code == Error::Code::InvalidInput ? a.usage(made.error().message)
                                                              : a.failed(made.error());
    exchange::KeySet& keys = made->keys;
    const QString path = made->secretPath;
    const QString pubPath = made->publicPath;
    const QString signPrint = crypto::fingerprint(keys.signPublic);
    const QString boxPrint = crypto::fingerprint(keys.boxPublic);
    crypto::wipe(keys.signSecret);
    crypto::wipe(keys.boxSecret);
    return a.print(
        QJsonObject { { QStringLiteral("secret"), path }, { QStringLiteral("public"), pubPath },
            { QStringLiteral("party"), party }, { QStringLiteral("signFingerprint"), signPrint },
            { QStringLiteral("boxFingerprint"), boxPrint } },
        { QStringLiteral("Secret keys: %1 (keep this file to yourself)").arg(path),
            QStringLiteral("Public keys: %1").arg(pubPath),
            QStringLiteral("Fingerprints: sign %1, seal %2").arg(signPrint, boxPrint) });
}

} // namespace kw::cli
