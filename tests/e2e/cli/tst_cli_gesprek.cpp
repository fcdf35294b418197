// The waarderingsgesprek end to end through the real kernwijzer-cli, each step a process of its
// own as a script would run it: keys for HR, the custodian and the leader; a co-signed profile
// listing the leader; a teacher's journal; prepare, import, verslag, import, respond, import;
// `show` and `pdf` on both sides; a byte scan for the reflection the teacher did not choose; and
// bad files (replayed, for another leader, truncated) refused with one line and nothing changed.
#include "conversation/leader_schema.h"
#include "teacher/teacher_schema.h"
#include "test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace kw;
using test::CliRun;

namespace {

const QString kTeacher = QStringLiteral("Tom Verhoeven");
const QString kLeader = QStringLiteral("Lies Leider");
const QString kTicked = QStringLiteral("Samen met de ouders van Noor een plan gemaakt voor het "
                                       "lezen thuis; zij lazen elke avond voor.");
const QString kUnticked = QStringLiteral("Ik twijfel of ik volgend jaar nog op deze school wil "
                                         "werken: zwaaivlag-7391.");
const QString kAgreed = QStringLiteral("Leesplan delen in de bouwvergadering");
const QString kSeen = QStringLiteral("Elke week een uur minder vergaderen");

CliRun runCli(const QStringList& args)
{
    return test::runCliProcess(QStringLiteral(KW_CLI_PATH), args, 60'000);
}

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

/** Every agreement of a `pdf --json` as "what=status". */
QStringList statuses(const QJsonObject& pdf)
{
    QStringList out;
    for (const QJsonValue& v : pdf.value(QStringLiteral("agreements")).toArray())
        out << v[QStringLiteral("what")].toString() + u'=' + v[QStringLiteral("status")].toString();
    return out;
}

} // namespace

#define QVERIFY_CLI(run)                                                                           \
    do {                                                                                           \
        const CliRun kwRun_ = (run);                                                               \
        QVERIFY2(kwRun_.code == 0, qPrintable(kwRun_.err));                                        \
    } while (false)

class TestCliGesprek : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void theWholeConversationOnBothSides();
    void aReplayedVerslagChangesNothing();
    void aFileForAnotherLeaderCannotBeOpened();
    void aTruncatedFileChangesNothing();
    void aPdfNeverReplacesAFile();
    /** Last: every file the tests above wrote is scanned. */
    void theUntickedReflectionIsNowhere();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    /** `gesprek SUB --db journal ARGS`. */
    CliRun teacher(const QString& sub, const QStringList& args) const
    {
        return runCli(
            QStringList { QStringLiteral("gesprek"), sub, QStringLiteral("--db"), m_journal }
            + args);
    }
    /** `gesprek SUB --leader-db leider.sqlite ARGS`, with the leader's key where it takes one. */
    CliRun leader(const QString& sub, const QStringList& args, bool withKey = true) const
    {
        QStringList all { QStringLiteral("gesprek"), sub, QStringLiteral("--leader-db"),
            m_leaderDb };
        if (withKey)
            all << QStringLiteral("--key") << m_leaderKey;
        return runCli(all + args);
    }
    QString teacherShow() const { return teacher(QStringLiteral("show"), m_showArgs).out; }
    QString leaderShow() const { return leader(QStringLiteral("show"), m_showArgs, false).out; }
    /** Prepares a conversation for @p leaderId into @p out; its id, or empty. */
    QString prepare(const QString& leaderId, const QString& date, const QString& out);

    QTemporaryDir m_dir;
    QString m_journal;
    QString m_leaderDb;
    QString m_leaderKey;
    QString m_leaderId;
    QString m_otherLeaderId;
    QString m_conversation;
    QStringList m_showArgs;
    QStringList m_files; ///< every conversation file and PDF the flow wrote
};

QString TestCliGesprek::prepare(const QString& leaderId, const QString& date, const QString& out)
{
    const CliRun run = teacher(QStringLiteral("prepare"),
        { QStringLiteral("--date"), date, QStringLiteral("--leader"), leaderId,
            QStringLiteral("--name"), kTeacher, QStringLiteral("--point"),
            QStringLiteral("toekomst=Coachen"), QStringLiteral("--out"), out,
            QStringLiteral("--json") });
    if (run.code != 0)
        qWarning("%s", qPrintable(run.err));
    return jsonOf(run).value(QStringLiteral("conversation")).toString();
}

void TestCliGesprek::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Keys: HR, the custodian, the leader, and a second leader of the same school.
    const QList<QStringList> keys {
        { QStringLiteral("school"), QStringLiteral("P&O De Linde"), QStringLiteral("hr") },
        { QStringLiteral("custodian"), QStringLiteral("Carla de Vries"), QStringLiteral("mr") },
        { QStringLiteral("leader"), kLeader, QStringLiteral("lies") },
        { QStringLiteral("leader"), QStringLiteral("Piet Ander"), QStringLiteral("piet") },
    };
    for (const QStringList& k : keys)
        QVERIFY_CLI(
            runCli({ QStringLiteral("keys"), QStringLiteral("create"), QStringLiteral("--party"),
                k[0], QStringLiteral("--name"), k[1], QStringLiteral("--out"),
                path(k[2] + QStringLiteral(".kwsleutel")), QStringLiteral("--no-passphrase") }));
    m_leaderKey = path(QStringLiteral("lies.kwsleutel"));

    // The profile lists both leaders; HR signs, the custodian co-signs.
    const QString profile = path(QStringLiteral("school.kwprofiel"));
    QVERIFY_CLI(runCli({ QStringLiteral("profile"), QStringLiteral("template"),
        QStringLiteral("--out"), path(QStringLiteral("school.json")) }));
    QVERIFY_CLI(runCli({ QStringLiteral("profile"), QStringLiteral("create"),
        QStringLiteral("--source"), path(QStringLiteral("school.json")), QStringLiteral("--key"),
        path(QStringLiteral("hr.kwsleutel")), QStringLiteral("--custodian"),
        path(QStringLiteral("mr.kwsleutel.pub")), QStringLiteral("--leader"),
        path(QStringLiteral("lies.kwsleutel.pub=onderbouw,middenbouw")), QStringLiteral("--leader"),
        path(QStringLiteral("piet.kwsleutel.pub=bovenbouw")), QStringLiteral("--out"), profile }));
    QVERIFY_CLI(runCli({ QStringLiteral("profile"), QStringLiteral("sign"), profile,
        QStringLiteral("--key"), path(QStringLiteral("mr.kwsleutel")) }));
    const CliRun shown = runCli(
        { QStringLiteral("profile"), QStringLiteral("show"), profile, QStringLiteral("--json") });
    QVERIFY_CLI(shown);
    const QJsonObject p = jsonOf(shown);
    const QString code = p.value(QStringLiteral("verificationCode")).toString();
    QVERIFY(!code.isEmpty());
    for (const QJsonValue& l : p.value(QStringLiteral("leaders")).toArray())
        (l[QStringLiteral("name")].toString() == kLeader ? m_leaderId : m_otherLeaderId)
            = l[QStringLiteral("id")].toString();
    QVERIFY(!m_leaderId.isEmpty() && !m_otherLeaderId.isEmpty());

    // The teacher: a journal with the profile, two reflections and a POP goal.
    m_journal = path(QStringLiteral("journal.sqlite"));
    QVERIFY_CLI(runCli({ QStringLiteral("profile"), QStringLiteral("import"), profile,
        QStringLiteral("--db"), m_journal, QStringLiteral("--verify-code"), code }));
    QList<qint64> reflections;
    for (const QString& text : { kTicked, kUnticked }) {
        const CliRun added
            = runCli({ QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--db"),
                m_journal, QStringLiteral("--text"), text, QStringLiteral("--values"),
                QStringLiteral("Verbinding"), QStringLiteral("--outcome"), QStringLiteral("4"),
                QStringLiteral("--date"), QStringLiteral("2026-11-10"), QStringLiteral("--json") });
        QVERIFY_CLI(added);
        reflections << jsonOf(added).value(QStringLiteral("id")).toInteger();
    }
    const CliRun goal = runCli({ QStringLiteral("pop"), QStringLiteral("goal"),
        QStringLiteral("add"), QStringLiteral("--db"), m_journal, QStringLiteral("--title"),
        QStringLiteral("Ouders betrekken bij het lezen"), QStringLiteral("--values"),
        QStringLiteral("Verbinding"), QStringLiteral("--status"), QStringLiteral("actief"),
        QStringLiteral("--json") });
    QVERIFY_CLI(goal);
    const qint64 goalId = jsonOf(goal).value(QStringLiteral("id")).toInteger();
    QVERIFY(reflections.value(0) > 0 && reflections.value(1) > 0 && goalId > 0);

    // Prepare: the first reflection ticked, the second not; the goal with its progress.
    const QString prep = path(QStringLiteral("tom.kwgesprek"));
    const CliRun prepared = teacher(QStringLiteral("prepare"),
        { QStringLiteral("--date"), QStringLiteral("2026-11-19"), QStringLiteral("--leader"),
            m_leaderId, QStringLiteral("--name"), kTeacher, QStringLiteral("--point"),
            QStringLiteral("energie=De maandagen zijn vol"), QStringLiteral("--reflection"),
            QStringLiteral("%1=terugblik").arg(reflections[0]), QStringLiteral("--goal"),
            QStringLiteral("%1=talent").arg(goalId), QStringLiteral("--out"), prep,
            QStringLiteral("--json") });
    QVERIFY_CLI(prepared);
    m_conversation = jsonOf(prepared).value(QStringLiteral("conversation")).toString();
    QVERIFY(m_conversation.size() >= 6);
    m_showArgs
        = { QStringLiteral("--conversation"), m_conversation.left(8), QStringLiteral("--json") };
    m_files << prep;

    // The leader installs the profile and imports the preparation.
    m_leaderDb = path(QStringLiteral("leider.sqlite"));
    QVERIFY_CLI(leader(QStringLiteral("profile"), { profile }));
    QVERIFY_CLI(leader(QStringLiteral("import"), { prep }));
    QCOMPARE(jsonOf(leader(QStringLiteral("show"), m_showArgs, false))
                 .value(QStringLiteral("state"))
                 .toString(),
        QStringLiteral("prepared"));
}

void TestCliGesprek::theWholeConversationOnBothSides()
{
    // Before the verslag there is nothing signed to print.
    const QString early = path(QStringLiteral("early.pdf"));
    QVERIFY_ONE_LINE_REASON(leader(QStringLiteral("pdf"),
        { QStringLiteral("--conversation"), m_conversation.left(8), QStringLiteral("--out"),
            early }));
    QVERIFY(!QFileInfo::exists(early));

    const QString verslag = path(QStringLiteral("tom.kwverslag"));
    QVERIFY_CLI(leader(QStringLiteral("verslag"),
        { QStringLiteral("--conversation"), m_conversation.left(8), QStringLiteral("--held-on"),
            QStringLiteral("2026-11-19"), QStringLiteral("--own"),
            QStringLiteral("terugblik=Compliment voor het leesplan"), QStringLiteral("--notes"),
            QStringLiteral("energie=Maandag is vol; overleg verschuiven"),
            QStringLiteral("--agreement"),
            kAgreed + QStringLiteral("|teacher|2027-01-15|verbinding"),
            QStringLiteral("--agreement"), kSeen + QStringLiteral("|leader|2027-02-01"),
            QStringLiteral("--out"), verslag }));
    m_files << verslag;
    QCOMPARE(jsonOf(leader(QStringLiteral("show"), m_showArgs, false))
                 .value(QStringLiteral("state"))
                 .toString(),
        QStringLiteral("held"));

    QVERIFY_CLI(teacher(QStringLiteral("import"), { verslag }));
    QCOMPARE(jsonOf(teacher(QStringLiteral("show"), m_showArgs)).value(QStringLiteral("state")),
        QStringLiteral("held"));

    const QString response = path(QStringLiteral("tom.kwreactie"));
    const CliRun responded = teacher(QStringLiteral("respond"),
        { QStringLiteral("--conversation"), m_conversation.left(8), QStringLiteral("--agree"),
            QStringLiteral("1=Graag, in januari"), QStringLiteral("--seen"),
            QStringLiteral("2=Dat lukt niet met de rapporten"), QStringLiteral("--reaction"),
            QStringLiteral("Een goed gesprek"), QStringLiteral("--out"), response,
            QStringLiteral("--json") });
    QVERIFY_CLI(responded);
    QCOMPARE(jsonOf(responded).value(QStringLiteral("pop")).toArray().size(), 1);
    m_files << response;

    const CliRun closed = leader(QStringLiteral("import"), { response, QStringLiteral("--json") });
    QVERIFY_CLI(closed);
    QCOMPARE(jsonOf(closed)
                 .value(QStringLiteral("files"))
                 .toArray()
                 .first()[QStringLiteral("kind")]
                 .toString(),
        QStringLiteral("response"));

    // show --json: closed on both sides, with each answer.
    const QJsonObject onLeader = jsonOf(leader(QStringLiteral("show"), m_showArgs, false));
    QCOMPARE(onLeader.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QStringList answers;
    for (const QJsonValue& a :
        onLeader.value(QStringLiteral("response"))[QStringLiteral("answers")].toArray())
        answers << a[QStringLiteral("status")].toString();
    QCOMPARE(answers, QStringList({ QStringLiteral("akkoord"), QStringLiteral("gezien") }));
    const QJsonObject onTeacher = jsonOf(teacher(QStringLiteral("show"), m_showArgs));
    QCOMPARE(onTeacher.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));

    // The PDF on both sides: both names, each agreement with its status.
    const QStringList expected { kAgreed + QStringLiteral("=akkoord"),
        kSeen + QStringLiteral("=gezien") };
    for (const bool onLeaderSide : { false, true }) {
        const QString pdf = path(onLeaderSide ? QStringLiteral("verslag-leider.pdf")
                                              : QStringLiteral("verslag-leraar.pdf"));
        const QStringList args { QStringLiteral("--conversation"), m_conversation.left(8),
            QStringLiteral("--out"), pdf, QStringLiteral("--json") };
        const CliRun run = onLeaderSide ? leader(QStringLiteral("pdf"), args)
                                        : teacher(QStringLiteral("pdf"), args);
        QVERIFY_CLI(run);
        m_files << pdf;
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
        QCOMPARE(json.value(QStringLiteral("teacher")).toString(), kTeacher);
        QCOMPARE(json.value(QStringLiteral("leader")).toString(), kLeader);
        QCOMPARE(statuses(json), expected);
        QVERIFY(readAll(pdf).startsWith("%PDF-"));
        const QString text = test::pdfText(pdf);
        for (const QString& piece :
            { kTeacher, kLeader, kAgreed, kSeen, QStringLiteral("Status: akkoord (agreed)"),
                QStringLiteral("Status: gezien (seen, not agreed)"),
                QStringLiteral("Reaction: Graag, in januari"),
                QStringLiteral("Reaction: Dat lukt niet met de rapporten"),
                QStringLiteral("Een goed gesprek"), QStringLiteral("Signed by both") })
            QVERIFY2(text.contains(piece), qPrintable(piece + QStringLiteral(" not in: ") + text));
        // Akkoord before gezien, as in the verslag.
        QVERIFY(text.indexOf(QStringLiteral("akkoord (agreed)"))
            < text.indexOf(QStringLiteral("gezien (seen")));
        QVERIFY(!text.contains(QStringLiteral("WHO-5")));
    }

    // The leader's export for an access request holds the conversation too.
    const QString access = path(QStringLiteral("inzage.pdf"));
    const CliRun exported = leader(QStringLiteral("pdf"),
        { QStringLiteral("--teacher"), kTeacher, QStringLiteral("--access"),
            QStringLiteral("--out"), access, QStringLiteral("--json") });
    QVERIFY_CLI(exported);
    m_files << access;
    QCOMPARE(jsonOf(exported).value(QStringLiteral("conversations")).toInt(), 1);
    const QString accessText = test::pdfText(access);
    for (const QString& piece : { QStringLiteral("Everything held about ") + kTeacher, kAgreed,
             kSeen, QStringLiteral("Compliment voor het leesplan") })
        QVERIFY2(accessText.contains(piece), qPrintable(piece));
    // Without the leader's key, nothing is printed.
    QVERIFY_ONE_LINE_REASON(leader(QStringLiteral("pdf"),
        { QStringLiteral("--teacher"), kTeacher, QStringLiteral("--access"),
            QStringLiteral("--out"), path(QStringLiteral("zonder-sleutel.pdf")) },
        false));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("zonder-sleutel.pdf"))));
}

void TestCliGesprek::theUntickedReflectionIsNowhere()
{
    if (m_files.size() < 6)
        QSKIP("needs the whole conversation (theWholeConversationOnBothSides)");
    // Read through SQL, every row of the leader's database as hex: a text longer than the room
    // left on a page is split over pages in the file, which a scan of raw bytes would miss.
    QString rows;
    {
        auto db
            = sql::Database::open(m_leaderDb, conversation::leaderSchema(), { .create = false });
        QVERIFY2(db.ok(), qPrintable(test::problemOf(db)));
        rows
            = test::tableDump(**db, { "leader_profile", "leader_self", "teacher", "conversation" });
    }
    const auto hex = [](const QString& text) { return QString::fromLatin1(text.toUtf8().toHex()); };
    QVERIFY(rows.contains(hex(kTicked))); // so its absence would be noticed
    QVERIFY(rows.contains(hex(kTeacher)));
    QVERIFY(!rows.contains(hex(kUnticked)));
    QVERIFY(!rows.contains(hex(QStringLiteral("zwaaivlag"))));

    // Raw bytes of every file but the teacher's own journal (the leader's database, its WAL,
    // every conversation file and PDF), for pieces of the text wherever a page break falls.
    const QList<QByteArray> pieces { "zwaaivlag-7391", "Ik twijfel of ik", "deze school wil" };
    int scanned = 0;
    QDirIterator it(m_dir.path(), QDir::Files);
    while (it.hasNext()) {
        const QString f = it.next();
        if (QFileInfo(f).fileName().startsWith(QStringLiteral("journal.sqlite")))
            continue;
        const QByteArray bytes = readAll(f);
        for (const QByteArray& piece : pieces)
            QVERIFY2(!bytes.contains(piece),
                qPrintable(f + QStringLiteral(": ") + QString::fromUtf8(piece)));
        ++scanned;
    }
    QVERIFY(scanned >= m_files.size() + 2);
    // The PDFs are compressed: also as the text they show.
    for (const QString& f : std::as_const(m_files)) {
        if (!f.endsWith(QStringLiteral(".pdf")))
            continue;
        const QString text = test::pdfText(f);
        QVERIFY2(text.contains(QStringLiteral("Noor")), qPrintable(f)); // the ticked one is there
        QVERIFY2(!text.contains(QStringLiteral("zwaaivlag")), qPrintable(f));
        QVERIFY2(!text.contains(QStringLiteral("twijfel")), qPrintable(f));
    }
    // The teacher's journal does hold it: the pieces are what the text is made of.
    QString journalRows;
    {
        auto db = sql::Database::open(m_journal, teacherSchema(), { .create = false });
        QVERIFY2(db.ok(), qPrintable(test::problemOf(db)));
        journalRows = test::tableDump(**db, { "reflection" });
    }
    QVERIFY(journalRows.contains(hex(kUnticked)));
    for (const QByteArray& piece : pieces)
        QVERIFY(kUnticked.toUtf8().contains(piece));
}

void TestCliGesprek::aReplayedVerslagChangesNothing()
{
    const QString teacherBefore = teacherShow();
    const QString leaderBefore = leaderShow();
    QVERIFY(teacherBefore.contains(QStringLiteral("\"closed\"")));
    const CliRun again
        = teacher(QStringLiteral("import"), { path(QStringLiteral("tom.kwverslag")) });
    QVERIFY_ONE_LINE_REASON(again, 1);
    QVERIFY2(again.err.contains(QStringLiteral("tom.kwverslag")), qPrintable(again.err));
    QVERIFY2(again.err.contains(QStringLiteral("closed")), qPrintable(again.err));
    // The preparation replayed to the leader, too.
    const CliRun replayed
        = leader(QStringLiteral("import"), { path(QStringLiteral("tom.kwgesprek")) });
    QVERIFY_ONE_LINE_REASON(replayed, 1);
    QCOMPARE(teacherShow(), teacherBefore);
    QCOMPARE(leaderShow(), leaderBefore);
}

void TestCliGesprek::aFileForAnotherLeaderCannotBeOpened()
{
    const QString leaderBefore
        = leader(QStringLiteral("show"), { QStringLiteral("--json") }, false).out;
    const QString other = path(QStringLiteral("voor-piet.kwgesprek"));
    QVERIFY(!prepare(m_otherLeaderId, QStringLiteral("2026-12-01"), other).isEmpty());
    const CliRun run = leader(QStringLiteral("import"), { other });
    QVERIFY_ONE_LINE_REASON(run, 1);
    QVERIFY2(run.err.contains(QStringLiteral("voor-piet.kwgesprek")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("open"), Qt::CaseInsensitive), qPrintable(run.err));
    QCOMPARE(leader(QStringLiteral("show"), { QStringLiteral("--json") }, false).out, leaderBefore);
}

void TestCliGesprek::aTruncatedFileChangesNothing()
{
    // A second conversation, prepared and imported, so a truncated verslag of it arrives while
    // the teacher still waits for one.
    const QString prep = path(QStringLiteral("tweede.kwgesprek"));
    const QString second = prepare(m_leaderId, QStringLiteral("2026-11-20"), prep);
    QVERIFY(!second.isEmpty());
    QVERIFY_CLI(leader(QStringLiteral("import"), { prep }));
    const QString verslag = path(QStringLiteral("tweede.kwverslag"));
    QVERIFY_CLI(leader(QStringLiteral("verslag"),
        { QStringLiteral("--conversation"), second.left(8), QStringLiteral("--held-on"),
            QStringLiteral("2026-11-20"), QStringLiteral("--agreement"),
            QStringLiteral("Coachen oefenen|teacher"), QStringLiteral("--out"), verslag }));

    const QStringList showSecond { QStringLiteral("--conversation"), second.left(8),
        QStringLiteral("--json") };
    const QString teacherBefore = teacher(QStringLiteral("show"), showSecond).out;
    const QString leaderBefore = leader(QStringLiteral("show"), showSecond, false).out;
    QVERIFY(teacherBefore.contains(QStringLiteral("\"prepared\"")));
    QVERIFY(leaderBefore.contains(QStringLiteral("\"held\"")));

    // The verslag cut short, for the teacher.
    const QByteArray whole = readAll(verslag);
    const QString cut = path(QStringLiteral("afgebroken.kwverslag"));
    QVERIFY(writeAll(cut, whole.left(whole.size() / 2)));
    const CliRun cutShort = teacher(QStringLiteral("import"), { cut });
    QVERIFY_ONE_LINE_REASON(cutShort, 1);
    QVERIFY2(
        cutShort.err.contains(QStringLiteral("afgebroken.kwverslag")), qPrintable(cutShort.err));
    QVERIFY2(
        cutShort.err.contains(QStringLiteral("damaged or incomplete")), qPrintable(cutShort.err));
    QCOMPARE(teacher(QStringLiteral("show"), showSecond).out, teacherBefore);

    // The response cut short, for the leader: answered in full first, then truncated.
    QVERIFY_CLI(teacher(QStringLiteral("import"), { verslag }));
    const QString response = path(QStringLiteral("tweede.kwreactie"));
    QVERIFY_CLI(teacher(QStringLiteral("respond"),
        { QStringLiteral("--conversation"), second.left(8), QStringLiteral("--seen"),
            QStringLiteral("1"), QStringLiteral("--out"), response }));
    const QByteArray answer = readAll(response);
    const QString cutResponse = path(QStringLiteral("afgebroken.kwreactie"));
    QVERIFY(writeAll(cutResponse, answer.left(answer.size() - 40)));
    const CliRun refused = leader(QStringLiteral("import"), { cutResponse });
    QVERIFY_ONE_LINE_REASON(refused, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("afgebroken.kwreactie")), qPrintable(refused.err));
    QCOMPARE(leader(QStringLiteral("show"), showSecond, false).out, leaderBefore);
    // The whole one still closes it: the refusal left nothing half-done.
    QVERIFY_CLI(leader(QStringLiteral("import"), { response }));
    QCOMPARE(jsonOf(leader(QStringLiteral("show"), showSecond, false))
                 .value(QStringLiteral("state"))
                 .toString(),
        QStringLiteral("closed"));
}

void TestCliGesprek::aPdfNeverReplacesAFile()
{
    const QString existing = path(QStringLiteral("bestaat.pdf"));
    QVERIFY(writeAll(existing, "mijn eigen bestand"));
    const QStringList args { QStringLiteral("--conversation"), m_conversation.left(8),
        QStringLiteral("--out"), existing };
    const CliRun onTeacher = teacher(QStringLiteral("pdf"), args);
    QVERIFY_ONE_LINE_REASON(onTeacher, 1);
    QVERIFY2(onTeacher.err.contains(QStringLiteral("exists")), qPrintable(onTeacher.err));
    QVERIFY_ONE_LINE_REASON(leader(QStringLiteral("pdf"), args), 1);
    QCOMPARE(readAll(existing), QByteArray("mijn eigen bestand"));
}

QTEST_GUILESS_MAIN(TestCliGesprek)
#include "tst_cli_gesprek.moc"
