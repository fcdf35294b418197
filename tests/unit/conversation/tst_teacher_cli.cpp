// `kernwijzer-cli gesprek prepare|import|respond|show --db` for the teacher, in-process: the
// preview prints what the leader opens and writes nothing, and the whole teacher's side of the
// flow runs from the command line with a one-line reason for every refusal.
#include "cli_in_process.h"
#include "teacher_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kw;
using namespace kw::conversation;

namespace {

const QString kTicked = QStringLiteral("De ouderavond samen voorbereid.");
const QString kUnticked = QStringLiteral("Geheim: ik solliciteer elders.");

QJsonObject jsonOf(const test::CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTeacherCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_teacher.reset(); }

    void previewPrintsWhatIsSentAndWritesNothing();
    void theTeachersSideOfTheWholeFlow();
    void usageMistakes();
    void outNeverReplacesOrFollowsWhatIsThere();
    void showNamesTheTeachersOwnKey();

private:
    QString path(const QString& name) const { return m_teacher->journal().folder() + u'/' + name; }
    QString db() const { return m_teacher->journal().path(); }
    QString dump()
    {
        if (Status s = m_teacher->open(false); !s)
            return s.error().message;
        const QString out = m_teacher->dump();
        m_teacher->close();
        return out;
    }

    std::unique_ptr<test::ConversationTeacher> m_teacher;
    qint64 m_ticked = 0;
    qint64 m_unticked = 0;
};

void TestTeacherCli::init()
{
    m_teacher = std::make_unique<test::ConversationTeacher>();
    QVERIFY_RESULT(m_teacher->open());
    m_ticked = m_teacher->journal().add(kTicked, QDate(2026, 11, 2));
    m_unticked = m_teacher->journal().add(kUnticked, QDate(2026, 11, 5));
    QVERIFY(m_ticked > 0 && m_unticked > 0);
    m_teacher->close();
}

void TestTeacherCli::previewPrintsWhatIsSentAndWritesNothing()
{
    const QStringList prepare { QStringLiteral("gesprek"), QStringLiteral("prepare"),
        QStringLiteral("--db"), db(), QStringLiteral("--date"), QStringLiteral("2026-11-27"),
        QStringLiteral("--point"), QStringLiteral("energie=Mijn rooster in december"),
        QStringLiteral("--reflection"), QStringLiteral("%1=terugblik").arg(m_ticked),
        QStringLiteral("--json") };
    const QString before = dump();
    const test::CliRun preview
        = test::runCliInProcess(prepare + QStringList { QStringLiteral("--preview") });
    QVERIFY_OK(preview);
    QCOMPARE(dump(), before);
    QVERIFY(!preview.out.contains(kUnticked));
    QJsonObject shown = jsonOf(preview);
    QCOMPARE(shown.value(QStringLiteral("written")).toBool(true), false);
    QCOMPARE(shown.value(QStringLiteral("leader")).toString(), QStringLiteral("Lotte de Leider"));
    QCOMPARE(shown.value(QStringLiteral("items")).toArray().size(), 2);
    QVERIFY(!shown.contains(QStringLiteral("wellbeing")));

    // The text preview, too, is the leader's view.
    const test::CliRun text = test::runCliInProcess(
        prepare.mid(0, prepare.size() - 1) + QStringList { QStringLiteral("--preview") });
    QVERIFY_OK(text);
    QVERIFY(text.out.contains(kTicked));
    QVERIFY(text.out.contains(QStringLiteral("Wellbeing: not shared.")));

    // Sent: the same items under the same conversation id the leader opens.
    const QString out = path(QStringLiteral("gesprek.kwgesprek"));
    const QString id = shown.value(QStringLiteral("conversation")).toString();
    test::CliRun sent
        = test::runCliInProcess(prepare + QStringList { QStringLiteral("--out"), out });
    QVERIFY_OK(sent);
    auto opened = openPreparation(readAll(out), test::ownKeysOf(test::leaderKeys()));
    QVERIFY_RESULT(opened);
    QVERIFY(!opened->bodyBytes.contains(kUnticked.toUtf8()));
    QJsonObject written = jsonOf(sent);
    QCOMPARE(written.value(QStringLiteral("items")), shown.value(QStringLiteral("items")));
    // (A new conversation per prepare without --conversation: the ids differ, the rest not.)
    QVERIFY(written.value(QStringLiteral("conversation")).toString() != id);
    QCOMPARE(QString::fromLatin1(
                 QByteArray::fromStdString(opened->body.ref().conversation_id()).toHex()),
        written.value(QStringLiteral("conversation")).toString());

    // --preview of that conversation again, changed: the next version, still nothing written.
    const QString conv = written.value(QStringLiteral("conversation")).toString().left(8);
    const QString kept = dump();
    test::CliRun changed = test::runCliInProcess(prepare
        + QStringList { QStringLiteral("--conversation"), conv, QStringLiteral("--wellbeing"),
            QStringLiteral("--preview") });
    QVERIFY_OK(changed);
    QCOMPARE(jsonOf(changed).value(QStringLiteral("revision")).toInt(), 2);
    QCOMPARE(dump(), kept);
}

void TestTeacherCli::theTeachersSideOfTheWholeFlow()
{
    const QString prep = path(QStringLiteral("gesprek.kwgesprek"));
    test::CliRun sent
        = test::runCliInProcess({ QStringLiteral("gesprek"), QStringLiteral("prepare"),
            QStringLiteral("--db"), db(), QStringLiteral("--date"), QStringLiteral("2026-11-22"),
            QStringLiteral("--point"), QStringLiteral("toekomst=Meer coachen"),
            QStringLiteral("--hours"), QStringLiteral("--name"), QStringLiteral("Tess T."),
            QStringLiteral("--out"), prep, QStringLiteral("--json") });
    QVERIFY_OK(sent);
    const QString conv = jsonOf(sent).value(QStringLiteral("conversation")).toString();
    auto opened = openPreparation(readAll(prep), test::ownKeysOf(test::leaderKeys()));
    QVERIFY_RESULT(opened);
    QCOMPARE(
        QString::fromStdString(opened->body.ref().teacher().name()), QStringLiteral("Tess T."));

    // Two days before, `show` reminds the teacher.
    test::CliRun listed = test::runCliInProcess({ QStringLiteral("gesprek"), QStringLiteral("show"),
        QStringLiteral("--db"), db(), QStringLiteral("--json") });
    QVERIFY_OK(listed);
    QCOMPARE(jsonOf(listed).value(QStringLiteral("reminders")).toArray().size(), 1);

    // The leader's verslag comes back with two agreements.
    const v1::Agreement first = test::agreement(QStringLiteral("Coachingsopleiding volgen"),
        QStringLiteral("talentontwikkeling"), {}, QStringLiteral("2027-06-30"));
    const v1::Agreement second = test::agreement(QStringLiteral("Minder vergaderen"));
    const QString verslag = path(QStringLiteral("verslag.kwverslag"));
    QFile file(verslag);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::verslagFile(test::verslagTo(*opened, { first, second }), test::leaderKeys()));
    file.close();
    const QStringList import { QStringLiteral("gesprek"), QStringLiteral("import"),
        QStringLiteral("--db"), db(), verslag };
    QVERIFY_OK(test::runCliInProcess(import));
    const QString held = dump();
    QVERIFY_ONE_LINE_REASON(test::runCliInProcess(import)); // replayed
    QCOMPARE(dump(), held);

    // Every agreement needs an answer; then the response closes the conversation.
    const QString reply = path(QStringLiteral("reactie.kwreactie"));
    const QStringList respond { QStringLiteral("gesprek"), QStringLiteral("respond"),
        QStringLiteral("--db"), db(), QStringLiteral("--conversation"), conv.left(6),
        QStringLiteral("--out"), reply, QStringLiteral("--agree"), QStringLiteral("1=Heel graag"),
        QStringLiteral("--reaction"), QStringLiteral("Fijn gesprek."), QStringLiteral("--json") };
    QVERIFY_ONE_LINE_REASON(test::runCliInProcess(respond));
    QVERIFY(!QFile::exists(reply));
    QCOMPARE(dump(), held);
    QVERIFY_ONE_LINE_REASON(test::runCliInProcess(
        respond + QStringList { QStringLiteral("--agree"), QStringLiteral("7") }));
    test::CliRun responded = test::runCliInProcess(respond
        + QStringList { QStringLiteral("--seen"),
            QString::fromLatin1(QByteArray::fromStdString(second.id()).toHex().left(8)) });
    QVERIFY_OK(responded);
    QCOMPARE(jsonOf(responded).value(QStringLiteral("pop")).toArray().size(), 1);
    auto response = openResponse(readAll(reply), test::ownKeysOf(test::leaderKeys()));
    QVERIFY_RESULT(response);
    QCOMPARE(response->body.answers(0).status(), v1::AgreementAnswer::STATUS_AGREED);
    QCOMPARE(response->body.answers(1).status(), v1::AgreementAnswer::STATUS_SEEN);
    QCOMPARE(QString::fromStdString(response->body.reaction()), QStringLiteral("Fijn gesprek."));

    // Closed: shown so, the agreement open until its POP action is done; the file can be
    // written again, a second response cannot be made.
    test::CliRun shown = test::runCliInProcess(
        { QStringLiteral("gesprek"), QStringLiteral("show"), QStringLiteral("--db"), db(),
            QStringLiteral("--conversation"), conv, QStringLiteral("--json") });
    QVERIFY_OK(shown);
    const QJsonObject detail = jsonOf(shown);
    QCOMPARE(detail.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    const QJsonArray agreements = detail.value(QStringLiteral("verslag"))
                                      .toObject()
                                      .value(QStringLiteral("agreements"))
                                      .toArray();
    QCOMPARE(agreements.at(0).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("open"));
    QCOMPARE(agreements.at(0).toObject().value(QStringLiteral("reaction")).toString(),
        QStringLiteral("Heel graag"));
    QCOMPARE(agreements.at(1).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("gezien"));
    QVERIFY_ONE_LINE_REASON(test::runCliInProcess(
        respond + QStringList { QStringLiteral("--seen"), QStringLiteral("2") }));
    const QString again = path(QStringLiteral("again.kwreactie"));
    QVERIFY_OK(test::runCliInProcess({ QStringLiteral("gesprek"), QStringLiteral("respond"),
        QStringLiteral("--db"), db(), QStringLiteral("--conversation"), conv,
        QStringLiteral("--again"), QStringLiteral("--out"), again }));
    auto reopened = openResponse(readAll(again), test::ownKeysOf(test::leaderKeys()));
    QVERIFY_RESULT(reopened);
    QCOMPARE(reopened->bodyBytes, response->bodyBytes);
}

void TestTeacherCli::usageMistakes()
{
    const QStringList base { QStringLiteral("gesprek"), QStringLiteral("prepare"),
        QStringLiteral("--db"), db(), QStringLiteral("--date"), QStringLiteral("2026-11-27") };
    const QString before = dump();
    QVERIFY_ONE_LINE_REASON(test::runCliInProcess(base), 2); // no --out, no --preview
    QVERIFY_ONE_LINE_REASON(test::runCliInProcess(base
                                + QStringList { QStringLiteral("--reflection"),
                                    QString::number(m_ticked), QStringLiteral("--preview") }),
        2);
    QVERIFY_ONE_LINE_REASON(test::runCliInProcess(base
                                + QStringList { QStringLiteral("--point"),
                                    QStringLiteral("later=iets"), QStringLiteral("--preview") }),
        2);
    QVERIFY_ONE_LINE_REASON(test::runCliInProcess(base
                                + QStringList { QStringLiteral("--leader"),
                                    QStringLiteral("mallory"), QStringLiteral("--preview") }),
        1);
    QVERIFY_ONE_LINE_REASON(
        test::runCliInProcess(base
            + QStringList { QStringLiteral("--reflection"), QStringLiteral("9999=terugblik"),
                QStringLiteral("--out"), path(QStringLiteral("x.kwgesprek")) }),
        1);
    QVERIFY(!QFile::exists(path(QStringLiteral("x.kwgesprek"))));
    QVERIFY_ONE_LINE_REASON(test::runCliInProcess({ QStringLiteral("gesprek"),
                                QStringLiteral("show"), QStringLiteral("--db"), db(),
                                QStringLiteral("--conversation"), QStringLiteral("abc") }),
        1);
    QVERIFY_ONE_LINE_REASON(test::runCliInProcess({ QStringLiteral("gesprek"),
        QStringLiteral("import"), QStringLiteral("--db"), db(), path(QStringLiteral("none")) }));
    QCOMPARE(dump(), before);
}

void TestTeacherCli::outNeverReplacesOrFollowsWhatIsThere()
{
    const QStringList base { QStringLiteral("gesprek"), QStringLiteral("prepare"),
        QStringLiteral("--db"), db(), QStringLiteral("--date"), QStringLiteral("2026-11-27"),
        QStringLiteral("--point"), QStringLiteral("energie=Mijn rooster"),
        QStringLiteral("--out") };
    const QString taken = path(QStringLiteral("taken.kwgesprek"));
    const QString target = path(QStringLiteral("someone-elses-file"));
    const QString link = path(QStringLiteral("link.kwgesprek"));
    const QString dangling = path(QStringLiteral("dangling.kwgesprek"));
    const QString nowhere = path(QStringLiteral("nowhere"));
    QFile file(taken);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("mine") == 4);
    file.close();
    QFile other(target);
    QVERIFY(other.open(QIODevice::WriteOnly) && other.write("theirs") == 6);
    other.close();
    QVERIFY(QFile::link(target, link));
    QVERIFY(QFile::link(nowhere, dangling));

    const QString before = dump();
    for (const QString& out : { taken, link, dangling, m_teacher->journal().folder() }) {
        const test::CliRun run = test::runCliInProcess(base + QStringList { out });
        QVERIFY_ONE_LINE_REASON(run, 1);
        QVERIFY2(run.err.contains(QStringLiteral("exists already")), qPrintable(run.err));
    }
    QCOMPARE(readAll(taken), QByteArray("mine"));
    QCOMPARE(readAll(target), QByteArray("theirs"));
    QVERIFY(!QFile::exists(nowhere));
    QCOMPARE(dump(), before); // refused before anything was recorded

    const QString fresh = path(QStringLiteral("fresh.kwgesprek"));
    QVERIFY_OK(test::runCliInProcess(base + QStringList { fresh }));
    QVERIFY_RESULT(openPreparation(readAll(fresh), test::ownKeysOf(test::leaderKeys())));
}

void TestTeacherCli::showNamesTheTeachersOwnKey()
{
    const QString out = path(QStringLiteral("gesprek.kwgesprek"));
    QVERIFY_OK(test::runCliInProcess(
        { QStringLiteral("gesprek"), QStringLiteral("prepare"), QStringLiteral("--db"), db(),
            QStringLiteral("--date"), QStringLiteral("2026-11-27"), QStringLiteral("--point"),
            QStringLiteral("energie=Mijn rooster"), QStringLiteral("--out"), out }));
    auto opened = openPreparation(readAll(out), test::ownKeysOf(test::leaderKeys()));
    QVERIFY_RESULT(opened);
    // What the leader's `gesprek teachers` shows for this teacher.
    const QString expected
        = crypto::fingerprint(QByteArray::fromStdString(opened->body.ref().teacher().sign_key()));
    const test::CliRun list = test::runCliInProcess(
        { QStringLiteral("gesprek"), QStringLiteral("show"), QStringLiteral("--db"), db() });
    QVERIFY_OK(list);
    QVERIFY2(list.out.contains(QStringLiteral("Your conversation key: %1").arg(expected)),
        qPrintable(list.out));
    const test::CliRun one = test::runCliInProcess({ QStringLiteral("gesprek"),
        QStringLiteral("show"), QStringLiteral("--db"), db(), QStringLiteral("--conversation"),
        QString::fromLatin1(
            QByteArray::fromStdString(opened->body.ref().conversation_id()).toHex().left(8)),
        QStringLiteral("--json") });
    QVERIFY_OK(one);
    QCOMPARE(jsonOf(one).value(QStringLiteral("ownKey")).toString(), expected);
}

QTEST_GUILESS_MAIN(TestTeacherCli)
#include "tst_teacher_cli.moc"
