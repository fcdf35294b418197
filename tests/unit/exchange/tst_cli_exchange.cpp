// kernwijzer-cli keys, profile, export and inspect, run in-process, as HR, the custodian and a
// teacher would use them: the whole co-signing flow, an import, an export and an audit.
// Command lines read best as plain string literals here.
#undef QT_NO_CAST_FROM_ASCII
#include "cli_in_process.h"
#include "exchange/contribution_file.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/key_file.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using kw::test::CliRun;

namespace {

CliRun runCli(const QStringList& args)
{
    return test::runCliInProcess(args);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** The verification code `profile show` gives HR and the custodian to publish. */
QString publishedCode(const QString& profile)
{
    const CliRun shown = runCli({ "profile", "show", profile, "--json" });
    return QJsonDocument::fromJson(shown.out.toUtf8())
        .object()
        .value(QStringLiteral("verificationCode"))
        .toString();
}

} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secretKeyFileIsOwnerOnlyAndNeverOverwritten();
    void profileNeedsBothSignaturesBeforeItVerifies();
    void showAndSignSayWhatChangedSinceAnEarlierVersion();
    void teacherImportsAndExports();
    void schoolsOwnValuesAndOptionsAreUsedEverywhere();
    void aTeacherCanRemoveAWrongSchoolsProfile();
    void mistakesGiveOneLineReasons();
    void inspectChecksProfileSignaturesAgainstTheNamedKeys();
    void inspectNeverPrintsSecrets();
    void inspectWithAKeyFailsWhenNoPartOpensWithIt();

private:
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestCliExchange::initTestCase()
{
    // HR locks its key with a passphrase; the custodian's is left open (as a test may).
    QFile secret(path("hr-passphrase.txt"));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("correct horse battery staple\n");
    secret.close();
    QVERIFY_OK(runCli(
        { "keys", "create", "--party", "school", "--name", "P&O Linde", "--role", "HR-adviseur",
            "--out", path("hr.kwsleutel"), "--passphrase-file", path("hr-passphrase.txt") }));
    QVERIFY_OK(runCli({ "keys", "create", "--party", "custodian", "--name", "Carla de Vries",
        "--role", "Secretaris MR", "--out", path("mr.kwsleutel"), "--no-passphrase" }));
    QVERIFY_OK(runCli({ "profile", "template", "--out", path("school.json") }));
    // HR edits the source: its own school id and name.
    QByteArray source = readAll(path("school.json"));
    source.replace("mijn-school", "kc-de-linde").replace("Naam van de school", "KC De Linde");
    QFile edited(path("school.json"));
    QVERIFY(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
    edited.write(source);
    edited.close();
    // Without the passphrase (and no terminal to ask at) the locked key is refused.
    const CliRun locked = runCli(
        { "profile", "create", "--source", path("school.json"), "--key", path("hr.kwsleutel"),
            "--custodian", path("mr.kwsleutel.pub"), "--out", path("school.kwprofiel") });
    QVERIFY_ONE_LINE_REASON(locked);
    QVERIFY(locked.err.contains(QStringLiteral("passphrase")));
    QVERIFY(!QFile::exists(path("school.kwprofiel")));
    QVERIFY_OK(runCli({ "profile", "create", "--source", path("school.json"), "--key",
        path("hr.kwsleutel"), "--passphrase-file", path("hr-passphrase.txt"), "--custodian",
        path("mr.kwsleutel.pub"), "--out", path("school.kwprofiel") }));
}

void TestCliExchange::secretKeyFileIsOwnerOnlyAndNeverOverwritten()
{
    QCOMPARE(QFile::permissions(path("hr.kwsleutel")),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
            | QFileDevice::WriteUser);
    const QByteArray before = readAll(path("hr.kwsleutel"));
    const CliRun again = runCli({ "keys", "create", "--party", "school", "--name", "Someone",
        "--out", path("hr.kwsleutel"), "--no-passphrase" });
    QVERIFY_ONE_LINE_REASON(again);
    QCOMPARE(readAll(path("hr.kwsleutel")), before);
}

void TestCliExchange::profileNeedsBothSignaturesBeforeItVerifies()
{
    QFile::remove(path("step.kwprofiel"));
    QVERIFY(QFile::copy(path("school.kwprofiel"), path("step.kwprofiel")));
    CliRun verify = runCli({ "profile", "verify", path("step.kwprofiel") });
    QVERIFY_ONE_LINE_REASON(verify);
    QVERIFY(verify.err.contains(QStringLiteral("Carla de Vries")));

    // HR signing again still leaves the custodian's signature missing.
    QVERIFY_OK(runCli({ "profile", "sign", path("step.kwprofiel"), "--key", path("hr.kwsleutel"),
        "--passphrase-file", path("hr-passphrase.txt"), "--out", path("step2.kwprofiel") }));
    QVERIFY_ONE_LINE_REASON(runCli({ "profile", "verify", path("step2.kwprofiel") }));
    // A key the profile does not name cannot sign it.
    QVERIFY_OK(runCli({ "keys", "create", "--party", "custodian", "--name", "Mallory", "--out",
        path("mallory.kwsleutel"), "--no-passphrase" }));
    QVERIFY_ONE_LINE_REASON(
        runCli({ "profile", "sign", path("step.kwprofiel"), "--key", path("mallory.kwsleutel") }));
    QVERIFY_OK(
        runCli({ "profile", "sign", path("step.kwprofiel"), "--key", path("mr.kwsleutel") }));
    verify = runCli({ "profile", "verify", path("step.kwprofiel"), "--json" });
    QVERIFY_OK(verify);
    const QJsonObject o = QJsonDocument::fromJson(verify.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("schoolName")).toString(), QStringLiteral("KC De Linde"));
    QCOMPARE(
        o.value(QStringLiteral("custodian")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Carla de Vries"));
}

void TestCliExchange::showAndSignSayWhatChangedSinceAnEarlierVersion()
{
    // HR's version 2: a higher k for wellbeing, nothing else.
    QByteArray source = readAll(path("school.json"));
    QVERIFY(source.contains("\"min_group_wellbeing\": 10"));
    source.replace("\"min_group_wellbeing\": 10", "\"min_group_wellbeing\": 12");
    const qsizetype version = source.indexOf("\"version\": 1"); // the profile's, first
    QVERIFY(version > 0);
    source.replace(version, qsizetype(sizeof("\"version\": 1") - 1), "\"version\": 2");
    QFile edited(path("school-v2.json"));
    QVERIFY(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
    edited.write(source);
    edited.close();
    QVERIFY_OK(runCli({ "profile", "create", "--source", path("school-v2.json"), "--key",
        path("hr.kwsleutel"), "--passphrase-file", path("hr-passphrase.txt"), "--custodian",
        path("mr.kwsleutel.pub"), "--out", path("school-v2.kwprofiel") }));
    const CliRun shown = runCli({ "profile", "show", path("school-v2.kwprofiel"), "--since",
        path("school.kwprofiel"), "--json" });
    QVERIFY_OK(shown);
    const QJsonArray changes
        = QJsonDocument::fromJson(shown.out.toUtf8()).object().value("changes").toArray();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].toString(),
        QStringLiteral("Smallest group for wellbeing figures (k): 12 (was 10)."));
    const CliRun signedRun = runCli({ "profile", "sign", path("school-v2.kwprofiel"), "--key",
        path("mr.kwsleutel"), "--since", path("school.kwprofiel") });
    QVERIFY_OK(signedRun);
    QVERIFY2(signedRun.out.contains(QStringLiteral("Changes since version 1:")),
        qPrintable(signedRun.out));
    QVERIFY(signedRun.out.contains(QStringLiteral("(k): 12 (was 10)")));
    // The custodian's CLI checks as the app does: never an older version than the one signed.
    QVERIFY_ONE_LINE_REASON(
        runCli({ "profile", "sign", path("school.kwprofiel"), "--key", path("mr.kwsleutel"),
            "--since", path("school-v2.kwprofiel"), "--out", path("older.kwprofiel") }));
    QVERIFY(!QFile::exists(path("older.kwprofiel")));
    // The same file against itself: nothing but the version.
    const CliRun same = runCli(
        { "profile", "show", path("school.kwprofiel"), "--since", path("school.kwprofiel") });
    QVERIFY_OK(same);
    QVERIFY(same.out.contains(QStringLiteral("none (only the version)")));
    QVERIFY_ONE_LINE_REASON(runCli(
        { "profile", "show", path("school.kwprofiel"), "--since", path("missing.kwprofiel") }));
}

void TestCliExchange::teacherImportsAndExports()
{
    QVERIFY_OK(runCli({ "profile", "sign", path("school.kwprofiel"), "--key", path("mr.kwsleutel"),
        "--out", path("signed.kwprofiel") }));
    // A new journal whose only WHO-5 of August–September scores (3+4+3+2+4) × 4 = 64.
    const QString db = path("teacher.sqlite");
    QVERIFY_OK(runCli({ "checkin", "add", "--db", db, "--instrument", "who5", "--answers",
        "3,4,3,2,4", "--date", "2026-09-08" }));

    // The first install needs the code HR and the custodian published; without it, or with
    // another, nothing changes.
    const QByteArray untouched = test::fileSha256(db);
    for (const QString& code : { QString(), QStringLiteral("1234-5678-9012-3456-7890-1234") }) {
        const CliRun refused = runCli(
            { "profile", "import", path("signed.kwprofiel"), "--db", db, "--verify-code", code });
        QVERIFY_ONE_LINE_REASON(refused);
        QVERIFY(refused.err.contains(QStringLiteral("verification code")));
    }
    QCOMPARE(test::fileSha256(db), untouched);
    CliRun imported = runCli({ "profile", "import", path("signed.kwprofiel"), "--db", db,
        "--verify-code", publishedCode(path("signed.kwprofiel")) });
    QVERIFY_OK(imported);
    QVERIFY(imported.out.contains(QStringLiteral("installed")));
    // From now on the journal is KC De Linde's: the CLI opens it with that profile.
    const CliRun preview = runCli({ "export", "--db", db, "--preview", "--period", "2026-2027/1",
        "--team", "bovenbouw", "--json" });
    QVERIFY_OK(preview);
    const QJsonObject p = QJsonDocument::fromJson(preview.out.toUtf8()).object();
    QCOMPARE(p.value(QStringLiteral("optedIn")).toBool(), false);
    const QJsonObject who5 = p.value(QStringLiteral("metrics")).toArray().first().toObject();
    QCOMPARE(who5.value(QStringLiteral("metric")).toString(), QStringLiteral("score.who5"));
    QCOMPARE(who5.value(QStringLiteral("value")).toString(), QStringLiteral("64.00"));

    // A preview saves nothing: neither the team nor anything else.
    const QByteArray before = test::fileSha256(db);
    const CliRun again
        = runCli({ "export", "--db", db, "--preview", "--period", "last", "--json" });
    QVERIFY_OK(again);
    QCOMPARE(test::fileSha256(db), before);
    const QJsonObject a = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(a.value(QStringLiteral("team")).toString(), QString());
    QCOMPARE(a.value(QStringLiteral("period")).toString(), QStringLiteral("2026-2027/1of6"));

    const CliRun refused = runCli(
        { "export", "--db", db, "--period", "2026-2027/1", "--out", path("p1.kwbijdrage") });
    QVERIFY_ONE_LINE_REASON(refused);
    QVERIFY(!QFile::exists(path("p1.kwbijdrage")));
    // A team the school does not have is refused before anything is saved, opt-in included.
    QVERIFY_ONE_LINE_REASON(runCli({ "export", "--db", db, "--period", "2026-2027/1", "--out",
        path("p1.kwbijdrage"), "--opt-in", "--team", "kleuterbouw" }));
    QVERIFY_ONE_LINE_REASON(runCli({ "export", "--db", db, "--period", "2026-2027/1", "--out",
        path("p1.kwbijdrage") })); // still off
    QVERIFY(!QFile::exists(path("p1.kwbijdrage")));

    const CliRun exported = runCli({ "export", "--db", db, "--period", "2026-2027/1", "--out",
        path("p1.kwbijdrage"), "--opt-in", "--team", "bovenbouw", "--json" });
    QVERIFY_OK(exported);
    QCOMPARE(QJsonDocument::fromJson(exported.out.toUtf8())
                 .object()
                 .value(QStringLiteral("revision"))
                 .toInt(),
        1);

    // HR opens its part with inspect; the cohort is there, the values are only a share.
    const CliRun inspected = runCli({ "inspect", path("p1.kwbijdrage"), "--key",
        path("hr.kwsleutel"), "--passphrase-file", path("hr-passphrase.txt"), "--json" });
    QVERIFY_OK(inspected);
    const QJsonObject file = QJsonDocument::fromJson(inspected.out.toUtf8()).object();
    QCOMPARE(
        file.value(QStringLiteral("kind")).toString(), QStringLiteral("FILE_KIND_CONTRIBUTION"));
    const QJsonArray seals = file.value(QStringLiteral("seals")).toArray();
    QCOMPARE(seals.size(), 2);
    const QJsonObject opened = seals[0].toObject().value(QStringLiteral("opened")).toObject();
    const QJsonObject binding = opened.value(QStringLiteral("binding")).toObject();
    QCOMPARE(
        binding.value(QStringLiteral("cohort")).toObject().value(QStringLiteral("team")).toString(),
        QStringLiteral("bovenbouw"));
    QCOMPARE(binding.value(QStringLiteral("revision")).toInt(), 1);
    QVERIFY(!seals[1].toObject().contains(QStringLiteral("opened"))); // the custodian's stays shut
}

void TestCliExchange::schoolsOwnValuesAndOptionsAreUsedEverywhere()
{
    // A school that keeps four of the demo's kernwaarden, drops Eigenaarschap for its own Moed,
    // and asks about Buitenlessen where the demo asks about Collega's.
    QByteArray source = readAll(path("school.json"));
    source.replace("kc-de-linde", "kc-de-eik").replace("KC De Linde", "KC De Eik");
    source.replace("\"id\": \"eigenaarschap\"", "\"id\": \"moed\"")
        .replace("\"name\": \"Eigenaarschap\"", "\"name\": \"Moed\"");
    source.replace("\"id\": \"collegas\"", "\"id\": \"buitenlessen\"");
    QVERIFY(!source.contains("\"eigenaarschap\"") && !source.contains("\"collegas\""));
    QFile edited(path("eik.json"));
    QVERIFY(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
    edited.write(source);
    edited.close();
    QVERIFY_OK(runCli({ "profile", "create", "--source", path("eik.json"), "--key",
        path("hr.kwsleutel"), "--passphrase-file", path("hr-passphrase.txt"), "--custodian",
        path("mr.kwsleutel.pub"), "--out", path("eik.kwprofiel") }));
    QVERIFY_OK(runCli({ "profile", "sign", path("eik.kwprofiel"), "--key", path("mr.kwsleutel") }));

    // Importing the school's profile is a new teacher's first step: it creates the journal, but
    // not for a profile that is refused (here: HR's signature only).
    const QString db = path("eik.sqlite");
    QVERIFY_ONE_LINE_REASON(runCli({ "profile", "import", path("school.kwprofiel"), "--db", db }));
    QVERIFY(!QFile::exists(db));
    QVERIFY_ONE_LINE_REASON(runCli({ "profile", "import", path("eik.kwprofiel"), "--db", db }));
    QVERIFY(!QFile::exists(db));
    QVERIFY_OK(runCli({ "profile", "import", path("eik.kwprofiel"), "--db", db, "--verify-code",
        publishedCode(path("eik.kwprofiel")) }));
    QVERIFY(QFile::exists(db));

    // Every command checks against that profile, not the demo school's.
    QVERIFY_OK(runCli({ "journal", "add", "--db", db, "--text", "Toch de moeilijke les gegeven.",
        "--values", "Moed", "--outcome", "4", "--date", "2026-09-15" }));
    const CliRun dropped = runCli({ "journal", "add", "--db", db, "--text", "Zelf gepland.",
        "--values", "Eigenaarschap", "--outcome", "3", "--date", "2026-09-15" });
    QVERIFY_ONE_LINE_REASON(dropped);
    QVERIFY(dropped.err.contains(QStringLiteral("Eigenaarschap")));
    QVERIFY_OK(runCli({ "checkin", "add", "--db", db, "--instrument", "pulse", "--answers",
        "4,3,5,4", "--choices", "blij=buitenlessen", "--date", "2026-09-15" }));
    QVERIFY_ONE_LINE_REASON(runCli({ "checkin", "add", "--db", db, "--instrument", "pulse",
        "--answers", "4,3,5,4", "--choices", "blij=collegas", "--date", "2026-09-22" }));
    QVERIFY_OK(runCli({ "pop", "goal", "add", "--db", db, "--title", "Vaker buiten lesgeven",
        "--values", "moed" }));
    QVERIFY_ONE_LINE_REASON(runCli({ "pop", "goal", "add", "--db", db, "--title", "Eigen regie",
        "--values", "eigenaarschap" }));
    const CliRun listed = runCli({ "journal", "list", "--db", db, "--value", "moed", "--json" });
    QVERIFY_OK(listed);
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 1);

    // And so the school's own value and option reach its figures.
    const CliRun preview
        = runCli({ "export", "--db", db, "--preview", "--period", "2026-2027/1", "--json" });
    QVERIFY_OK(preview);
    QMap<QString, QString> values;
    const QJsonArray metrics = QJsonDocument::fromJson(preview.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("metrics"))
                                   .toArray();
    for (const QJsonValue& m : metrics)
        values.insert(m.toObject().value(QStringLiteral("metric")).toString(),
            m.toObject().value(QStringLiteral("value")).toString());
    QCOMPARE(values.value(QStringLiteral("value.moed")), QStringLiteral("1"));
    QCOMPARE(values.value(QStringLiteral("choice.blij.buitenlessen")), QStringLiteral("1"));
    QVERIFY(!values.contains(QStringLiteral("value.eigenaarschap")));
    QVERIFY(!values.contains(QStringLiteral("choice.blij.collegas")));
}

void TestCliExchange::aTeacherCanRemoveAWrongSchoolsProfile()
{
    // eik.sqlite has KC De Eik's profile (the test before); KC De Linde's is refused there.
    const QString db = path("eik.sqlite");
    QVERIFY_ONE_LINE_REASON(runCli({ "profile", "import", path("signed.kwprofiel"), "--db", db }));
    const QByteArray before = test::fileSha256(db);
    const CliRun unconfirmed = runCli({ "profile", "remove", "--db", db });
    QVERIFY_ONE_LINE_REASON(unconfirmed, 2);
    QVERIFY(unconfirmed.err.contains(QStringLiteral("stops sharing")));
    QCOMPARE(test::fileSha256(db), before);

    QVERIFY_OK(runCli({ "profile", "remove", "--db", db, "--confirm" }));
    const CliRun imported = runCli({ "profile", "import", path("signed.kwprofiel"), "--db", db,
        "--verify-code", publishedCode(path("signed.kwprofiel")) });
    QVERIFY_OK(imported);
    QVERIFY(imported.out.contains(QStringLiteral("installed")));
    // The reflection written under the old profile is still there.
    const CliRun listed = runCli({ "journal", "list", "--db", db, "--json" });
    QVERIFY_OK(listed);
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 1);
}

void TestCliExchange::mistakesGiveOneLineReasons()
{
    QFile garbage(path("garbage.kwprofiel"));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("this is not a profile at all");
    garbage.close();
    for (const QStringList& args : QList<QStringList> {
             { "profile", "verify", path("garbage.kwprofiel") },
             { "profile", "show", path("missing.kwprofiel") },
             { "inspect", path("garbage.kwprofiel") },
             { "profile", "create", "--source", path("school.kwprofiel"), "--key",
                 path("hr.kwsleutel"), "--custodian", path("mr.kwsleutel.pub"), "--out",
                 path("x.kwprofiel") },
             { "export", "--db", path("missing.sqlite"), "--out", path("x.kwbijdrage") },
             { "keys", "create", "--party", "bestuur", "--name", "X", "--out", path("x") },
             { "keys", "create", "--party", "school", "--name", "X", "--out", path("x") },
         }) {
        const CliRun run = runCli(args);
        QVERIFY2(test::oneLineFailureProblem(run).isEmpty(),
            qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ")
                + test::oneLineFailureProblem(run)));
    }
    QVERIFY(!QFile::exists(path("x.kwprofiel")));
    QVERIFY(!QFile::exists(path("x")));
}

void TestCliExchange::inspectChecksProfileSignaturesAgainstTheNamedKeys()
{
    QVERIFY_OK(runCli({ "profile", "sign", path("school.kwprofiel"), "--key", path("mr.kwsleutel"),
        "--out", path("genuine.kwprofiel") }));
    // Mallory swaps the custodian's signature for one of her own: it verifies against the key
    // she put next to it, but that is not the key the profile names.
    const exchange::KeySet mallory = exchange::createKeySet(
        ::kernwijzer::v1::PARTY_CUSTODIAN, QStringLiteral("Mallory"), QStringLiteral("MR"));
    auto envelope = exchange::readEnvelope(readAll(path("genuine.kwprofiel")));
    QVERIFY(envelope.ok());
    for (auto& signature : *envelope->mutable_signatures()) {
        if (signature.signer() != ::kernwijzer::v1::PARTY_CUSTODIAN)
            continue;
        signature.set_public_key(mallory.signPublic.toStdString());
        signature.set_signature(
            crypto::sign(QByteArray::fromStdString(envelope->payload()), mallory.signSecret)
                .toStdString());
    }
    QVERIFY(
        exchange::writeFileAtomically(path("forged.kwprofiel"), exchange::writeEnvelope(*envelope))
            .ok());

    const auto signaturesOf = [](const CliRun& run) {
        QMap<QString, bool> valid;
        const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
        for (const QJsonValue& s : o.value(QStringLiteral("signatures")).toArray())
            valid.insert(
                s[QStringLiteral("signer")].toString(), s[QStringLiteral("valid")].toBool());
        return valid;
    };
    const CliRun genuine = runCli({ "inspect", path("genuine.kwprofiel"), "--json" });
    QVERIFY_OK(genuine);
    QCOMPARE(signaturesOf(genuine).value(QStringLiteral("PARTY_CUSTODIAN")), true);
    const CliRun forged = runCli({ "inspect", path("forged.kwprofiel"), "--json" });
    QVERIFY_OK(forged); // inspect shows any file; it does not refuse one
    QCOMPARE(signaturesOf(forged).value(QStringLiteral("PARTY_SCHOOL")), true);
    QCOMPARE(signaturesOf(forged).value(QStringLiteral("PARTY_CUSTODIAN")), false);
    QVERIFY(forged.out.contains(QStringLiteral("custodian's signature")));
    QVERIFY_ONE_LINE_REASON(runCli({ "profile", "verify", path("forged.kwprofiel") }));
}

void TestCliExchange::inspectNeverPrintsSecrets()
{
    const CliRun run = runCli({ "inspect", path("mr.kwsleutel") });
    QVERIFY_OK(run);
    auto keys = exchange::readKeyFile(readAll(path("mr.kwsleutel")));
    QVERIFY(keys.ok());
    for (const QByteArray& secret : { keys->boxSecret, keys->signSecret.left(32) }) {
        QVERIFY(!run.out.contains(QString::fromLatin1(secret.toBase64())));
        QVERIFY(!run.out.contains(QString::fromLatin1(secret.toHex())));
    }
    QVERIFY(run.out.contains(QStringLiteral("not shown")));
}

void TestCliExchange::inspectWithAKeyFailsWhenNoPartOpensWithIt()
{
    // teacherImportsAndExports wrote p1.kwbijdrage; the custodian's own key opens its part.
    QVERIFY(QFile::exists(path("p1.kwbijdrage")));
    QVERIFY_OK(runCli({ "inspect", path("p1.kwbijdrage"), "--key", path("mr.kwsleutel") }));

    // A script that asks to open a part must not read on as if the audit passed: a key no part
    // is sealed to, and a part that was changed, both fail with one line and print nothing.
    QVERIFY_OK(runCli({ "keys", "create", "--party", "custodian", "--name", "Iemand anders",
        "--out", path("other.kwsleutel"), "--no-passphrase" }));
    const CliRun foreign
        = runCli({ "inspect", path("p1.kwbijdrage"), "--key", path("other.kwsleutel") });
    QVERIFY_ONE_LINE_REASON(foreign, 1);
    QVERIFY2(foreign.err.contains(QStringLiteral("no part")), qPrintable(foreign.err));
    // Public keys only, or a file with no sealed parts: nothing can be opened either.
    QVERIFY_ONE_LINE_REASON(
        runCli({ "inspect", path("p1.kwbijdrage"), "--key", path("mr.kwsleutel.pub") }), 1);
    QVERIFY_ONE_LINE_REASON(
        runCli({ "inspect", path("signed.kwprofiel"), "--key", path("mr.kwsleutel") }), 1);

    // Parts removed, or their recipients swapped: still nothing opens for the custodian.
    auto envelope = exchange::readEnvelope(readAll(path("p1.kwbijdrage")));
    QVERIFY(envelope.ok());
    ::kernwijzer::v1::Envelope swapped = *envelope;
    swapped.mutable_seals(0)->set_recipient(envelope->seals(1).recipient());
    swapped.mutable_seals(1)->set_recipient(envelope->seals(0).recipient());
    ::kernwijzer::v1::Envelope none = *envelope;
    none.clear_seals();
    for (const auto& [name, edited] :
        { std::pair { "swapped.kwbijdrage", swapped }, std::pair { "none.kwbijdrage", none } }) {
        QFile out(path(name));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(exchange::writeEnvelope(edited));
        out.close();
        QVERIFY_ONE_LINE_REASON(
            runCli({ "inspect", path(name), "--key", path("mr.kwsleutel") }), 1);
    }

    QByteArray changed = readAll(path("p1.kwbijdrage"));
    const int at = changed.size() - 20; // inside the last seal, the custodian's
    changed[at] = char(changed[at] ^ 0x40);
    QFile file(path("changed.kwbijdrage"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(changed);
    file.close();
    const CliRun damaged
        = runCli({ "inspect", path("changed.kwbijdrage"), "--key", path("mr.kwsleutel") });
    QVERIFY_ONE_LINE_REASON(damaged, 1);
    QVERIFY2(damaged.err.contains(QStringLiteral("cannot be opened")), qPrintable(damaged.err));
}

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
