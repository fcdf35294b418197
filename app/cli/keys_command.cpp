// kernwijzer-cli keys create: the key pairs of HR or the custodian.
#include "cli/exchange_cli.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace kw::cli {

int runKeys(const Context& ctx)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "keys create: make the signing and sealing keys of HR (--party school) or of the "
        "custodian (--party custodian). Writes FILE (secret: keep it on your own computer) and "
        "FILE.pub (public: give it to HR for the profile)."));
    const QCommandLineOption partyOption({ QStringLiteral("party") },
        QStringLiteral("school or custodian."), QStringLiteral("PARTY"));
    const QCommandLineOption nameOption({ QStringLiteral("name") },
        QStringLiteral("The holder's name as teachers will see it."), QStringLiteral("NAME"));
    const QCommandLineOption roleOption({ QStringLiteral("role") },
        QStringLiteral("The holder's role (\"Secretaris MR\")."), QStringLiteral("ROLE"));
    const QCommandLineOption outOption({ QStringLiteral("out") },
        QStringLiteral("The secret key file to write (.kwsleutel)."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(
        { QStringLiteral("json") }, QStringLiteral("Print machine-readable JSON."));
    const QCommandLineOption noPassphraseOption({ QStringLiteral("no-passphrase") },
        QStringLiteral("Leave the secret key file unlocked (for tests and demos only)."));
    p.addOptions({ partyOption, nameOption, roleOption, outOption, passphraseFileOption(),
        noPassphraseOption, jsonOption });
    p.addPositionalArgument(QStringLiteral("create"), QStringLiteral("The only action."));
    int code = Ok;
    if (!parse(p, ctx, code))
        return code;
    if (p.positionalArguments() != QStringList { QStringLiteral("create") })
        return ctx.fail(QStringLiteral("usage: keys create --party P --name N --out FILE"), Usage);
    const QString party = p.value(partyOption);
    if (party != QStringLiteral("school") && party != QStringLiteral("custodian"))
        return ctx.fail(QStringLiteral("--party is school or custodian."), Usage);
    if (p.value(nameOption).trimmed().isEmpty() || !p.isSet(outOption))
        return ctx.fail(QStringLiteral("--name and --out are required."), Usage);
    const QString path = p.value(outOption);
    const QString pubPath = path + QStringLiteral(".pub");
    if (QFileInfo::exists(path) || QFileInfo::exists(pubPath))
        return ctx.fail(QStringLiteral("%1 exists already; keys are never overwritten.").arg(path));

    // Locked with a passphrase unless told otherwise: whoever finds the file cannot use it.
    QByteArray secretPassphrase;
    if (!p.isSet(noPassphraseOption)) {
        auto given = passphrase(p, QStringLiteral("Passphrase for the new key file: "), true);
        if (!given)
            return ctx.fail(given.error().message, Usage);
        secretPassphrase = *given;
    }
    exchange::KeySet keys = exchange::createKeySet(party == QStringLiteral("school")
            ? ::kernwijzer::v1::PARTY_SCHOOL
            : ::kernwijzer::v1::PARTY_CUSTODIAN,
        p.value(nameOption).trimmed(), p.value(roleOption).trimmed());
    QByteArray secret = exchange::writeSecretKeyFile(keys, secretPassphrase);
    crypto::wipe(secretPassphrase);
    {
        // Owner-only from the start: the file never exists with wider permissions.
        QFile file(path);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(secret) != secret.size() || !file.flush()) {
            file.remove();
            return ctx.fail(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
        }
    }
    crypto::wipe(secret);
    if (Status s = exchange::writeFileAtomically(pubPath, exchange::writePublicKeyFile(keys)); !s)
        return ctx.fail(s.error());

    const QString signPrint = crypto::fingerprint(keys.signPublic);
    const QString boxPrint = crypto::fingerprint(keys.boxPublic);
    crypto::wipe(keys.signSecret);
    crypto::wipe(keys.boxSecret);
    if (p.isSet(jsonOption)) {
        ctx.out << QJsonDocument(QJsonObject { { QStringLiteral("secret"), path },
                                     { QStringLiteral("public"), pubPath },
                                     { QStringLiteral("signFingerprint"), signPrint },
                                     { QStringLiteral("boxFingerprint"), boxPrint } })
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
    } else {
        ctx.out << "Secret keys: " << path << " (keep this file to yourself)\n"
                << "Public keys: " << pubPath << "\n"
                << "Fingerprints: sign " << signPrint << ", seal " << boxPrint << Qt::endl;
    }
    return Ok;
}

} // namespace kw::cli
