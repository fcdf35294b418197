// kernwijzer-cli profile template|create|sign|show|verify|handover|import|remove: the school
// profile file, made by HR, co-signed by the custodian, handed over by an outgoing custodian,
// imported (and if need be removed) by teachers.
#include "cli/commands.h"
#include "cli/key_input.h"
#include "custodian/profile_cosign.h"
#include "exchange/crypto.h"
#include "exchange/custodian_handover.h"
#include "exchange/envelope.h"
#include "exchange/profile_codec.h"
#include "exchange/profile_file.h"
#include "exchange/profile_signing.h"
#include "exchange/verification_code.h"
#include "kernwijzer/v1/profile.pb.h"
#include "profile/profile_changes.h"
#include "profile/profile_draft.h"
#include "teacher/teacher_exchange.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <google/protobuf/util/json_util.h>

namespace kw::cli {

namespace {

namespace v1 = ::kernwijzer::v1;

const QCommandLineOption outOption(
    { QStringLiteral("out") }, QStringLiteral("The file to write."), QStringLiteral("FILE"));
const QCommandLineOption sourceOption({ QStringLiteral("source") },
    QStringLiteral("The profile source (JSON, see template)."), QStringLiteral("FILE"));
const QCommandLineOption keyOption({ QStringLiteral("key") },
    QStringLiteral("Your secret key file (.kwsleutel)."), QStringLiteral("FILE"));
const QCommandLineOption custodianOption({ QStringLiteral("custodian") },
    QStringLiteral("The custodian's public key file (.kwsleutel.pub)."), QStringLiteral("FILE"));
const QCommandLineOption acceptOption({ QStringLiteral("accept-new-custodian") },
    QStringLiteral("import: yes, the custodian changes (the handover is checked regardless)."));
const QCommandLineOption verifyCodeOption({ QStringLiteral("verify-code") },
    QStringLiteral("import: the verification code your school published (first install)."),
    QStringLiteral("CODE"));
const QCommandLineOption handoverOption({ QStringLiteral("handover") },
    QStringLiteral("create: a custodian handover (.kwoverdracht) to carry; repeat for each."),
    QStringLiteral("FILE"));
const QCommandLineOption leaderOption({ QStringLiteral("leader") },
    QStringLiteral("create: a team leader's public key file (.kwsleutel.pub) and the teams they "
                   "hold conversations with, FILE=team1,team2; repeat for each."),
    QStringLiteral("FILE=TEAMS"));
const QCommandLineOption sinceOption({ QStringLiteral("since") },
    QStringLiteral("show, sign: also say what changed since this earlier profile."),
    QStringLiteral("FILE"));
const QCommandLineOption confirmOption({ QStringLiteral("confirm") },
    QStringLiteral("remove: yes, remove the school profile (sharing stops)."));

QJsonObject holderJson(const KeyHolder& h)
{
    return { { QStringLiteral("name"), h.name }, { QStringLiteral("role"), h.role },
        { QStringLiteral("signFingerprint"), crypto::fingerprint(h.signKey) },
        { QStringLiteral("boxFingerprint"), crypto::fingerprint(h.boxKey) },
        { QStringLiteral("contact"), h.contact } };
}

QJsonArray leadersJson(const SchoolProfile& p)
{
    QJsonArray out;
    for (const Leader& leader : p.leaders) {
        QJsonObject l = holderJson(leader.keys);
        l.remove(QStringLiteral("role"));
        l.remove(QStringLiteral("contact"));
        l.insert(QStringLiteral("id"), leader.id);
        l.insert(QStringLiteral("teams"), QJsonArray::fromStringList(leader.teamIds));
        out.append(l);
    }
    return out;
}

QJsonObject summaryJson(const exchange::ProfileFile& f)
{
    const SchoolProfile& p = f.profile;
    return { { QStringLiteral("leaders"), leadersJson(p) },
        { QStringLiteral("retentionYears"), p.retentionYears },
        { QStringLiteral("schoolId"), p.schoolId }, { QStringLiteral("schoolName"), p.schoolName },
        { QStringLiteral("version"), p.version },
        { QStringLiteral("validUntil"), p.validUntil.toString(Qt::ISODate) },
        { QStringLiteral("periodMonths"), p.rules.periodMonths },
        { QStringLiteral("minGroupWellbeing"), p.rules.minGroupWellbeing },
        { QStringLiteral("minGroupCounts"), p.rules.minGroupCounts },
        { QStringLiteral("kernwaarden"), int(p.kernwaarden.size()) },
        { QStringLiteral("teams"), int(p.teams.size()) },
        { QStringLiteral("school"), holderJson(p.school) },
        { QStringLiteral("custodian"), holderJson(p.custodian) },
        { QStringLiteral("handovers"), int(p.handovers.size()) },
        { QStringLiteral("verificationCode"), exchange::verificationCode(p) },
        { QStringLiteral("schoolSigned"), f.schoolSigned },
        { QStringLiteral("custodianSigned"), f.custodianSigned } };
}

/** One line per leader, with the key a teacher's preparation is sealed to. */
QString leadersText(const SchoolProfile& p)
{
    QString out;
    for (const Leader& leader : p.leaders)
        out += QStringLiteral("\n  leader %1 (%2): teams %3, key %4, sealing key %5")
                   .arg(leader.keys.name, leader.id, leader.teamIds.join(QStringLiteral(", ")),
                       crypto::fingerprint(leader.keys.signKey),
                       crypto::fingerprint(leader.keys.boxKey));
    if (!p.leaders.isEmpty())
        out += QStringLiteral("\n  a leader deletes what they hold about a teacher who left "
                              "after %1 years")
                   .arg(p.retentionYears);
    return out;
}

QString summaryText(const exchange::ProfileFile& f)
{
    const SchoolProfile& p = f.profile;
    const auto holder = [](const KeyHolder& h, bool signedIt) {
        return QStringLiteral("%1 (%2), key %3, sealing key %4: %5")
            .arg(h.name, h.role, crypto::fingerprint(h.signKey), crypto::fingerprint(h.boxKey),
                signedIt ? QStringLiteral("signed") : QStringLiteral("NOT signed"));
    };
    QStringList values;
    for (const Kernwaarde& k : p.kernwaarden)
        values << k.name;
    const auto staff = [](const QList<ProfileItem>& items) {
        QStringList out;
        for (const ProfileItem& item : items)
            out << QStringLiteral("%1 (%2)").arg(item.name).arg(item.staffCount);
        return out.join(QStringLiteral(", "));
    };
    return QStringLiteral("%1 (%2), profile version %3, valid until %4\n"
                          "  HR:        %5\n  custodian: %6\n"
                          "  verification code: %7 (HR and the custodian publish it together)\n"
                          "  kernwaarden: %8\n  teams (staff): %9\n  roles (staff): %10\n"
                          "  age bands %11; periods of %12 months; groups of at least %13 "
                          "(wellbeing) and %14 (counts); custodian handovers carried: %15")
               .arg(p.schoolName, p.schoolId)
               .arg(p.version)
               .arg(p.validUntil.isValid() ? p.validUntil.toString(Qt::ISODate)
                                           : QStringLiteral("-"),
                   holder(p.school, f.schoolSigned), holder(p.custodian, f.custodianSigned),
                   exchange::verificationCode(p), values.join(QStringLiteral(", ")), staff(p.teams),
                   staff(p.roles))
               .arg(p.ageBands.size())
               .arg(p.rules.periodMonths)
               .arg(p.rules.minGroupWellbeing)
               .arg(p.rules.minGroupCounts)
               .arg(p.handovers.size())
        + leadersText(p);
}

/** What changed since the earlier profile --since names. */
struct ChangesSince
{
    int version = 0; ///< of the earlier profile
    QStringList changes;
    SchoolProfile before; ///< the earlier profile itself
};

Result<ChangesSince> changesSince(const CommandArgs& p, const SchoolProfile& now)
{
    const QString path = p.value(sinceOption);
    auto bytes = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_PROFILE));
    if (!bytes)
        return bytes.error();
    auto before = exchange::readProfileFile(*bytes);
    if (!before)
        return Error { before.error().code,
            QStringLiteral("%1: %2").arg(path, before.error().message) };
    ChangesSince out { before->profile.version, {}, before->profile };
    for (const ProfileChange& change : profileChanges(before->profile, now))
        out.changes << change.text;
    return out;
}

/** The changes as the last lines of the text and as "changes" in JSON. */
void addChanges(QJsonObject& json, QStringList& lines, const ChangesSince& since)
{
    json.insert(QStringLiteral("changes"), QJsonArray::fromStringList(since.changes));
    lines << QStringLiteral("Changes since version %1:").arg(since.version);
    for (const QString& change : since.changes)
        lines << QStringLiteral("  - ") + change;
    if (since.changes.isEmpty())
        lines << QStringLiteral("  none (only the version)");
}

int runTemplate(const Context& ctx, const CommandArgs& p)
{
    if (int code = Ok; !p.require({ &outOption }, code))
        return code;
    const SchoolProfile demo = profileTemplate(ctx.clock.today());
    std::string json;
    google::protobuf::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    options.add_whitespace = true;
    (void)google::protobuf::util::MessageToJsonString(exchange::toProto(demo), &json, options);
    if (Status s
        = exchange::writeFileAtomically(p.value(outOption), QByteArray::fromStdString(json));
        !s)
        return ctx.fail(s.error());
    ctx.out << "Profile source written to " << p.value(outOption)
            << "; edit it, then: profile create --source " << p.value(outOption) << Qt::endl;
    return Ok;
}

int runCreate(const Context& ctx, const CommandArgs& p)
{
    if (!p.isSet(sourceOption) || !p.isSet(keyOption) || !p.isSet(custodianOption)
        || !p.isSet(outOption))
        return p.usage(QStringLiteral("--source, --key, --custodian and --out are required."));
    if (QFileInfo::exists(p.value(outOption)))
        return ctx.fail(QStringLiteral("%1 exists already.").arg(p.value(outOption)));
    auto source = exchange::readFileLimited(p.value(sourceOption), 1024 * 1024);
    if (!source)
        return ctx.fail(source.error());
    v1::SchoolProfile message;
    const auto parsed
        = google::protobuf::util::JsonStringToMessage(source->toStdString(), &message);
    if (!parsed.ok())
        return ctx.fail(QStringLiteral("%1 is not a valid profile source: %2")
                            .arg(p.value(sourceOption),
                                QString::fromStdString(std::string(parsed.message()))
                                    .section(QLatin1Char('\n'), 0, 0)
                                    .left(160)));
    auto school = readKeyPath(p.value(keyOption), p);
    if (!school)
        return ctx.fail(school.error());
    auto custodian = readKeyPath(p.value(custodianOption), p);
    if (!custodian)
        return ctx.fail(custodian.error());
    KeyHolder named;
    named.role = QString::fromStdString(message.custodian().role());
    named.contact = QString::fromStdString(message.custodian().contact());
    auto custodianHolder = exchange::custodianHolder(*custodian, named);
    if (!custodianHolder)
        return ctx.fail(QStringLiteral("--custodian takes the custodian's public key file."));
    QList<QByteArray> handovers;
    for (const QString& path : p.values(handoverOption)) {
        auto handover
            = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_HANDOVER));
        if (!handover)
            return ctx.fail(handover.error());
        if (auto read = exchange::readHandoverFile(*handover); !read)
            return ctx.fail(QStringLiteral("%1: %2").arg(path, read.error().message));
        handovers.append(*handover);
    }
    *message.mutable_school() = exchange::toProto(school->holder());
    *message.mutable_custodian() = exchange::toProto(*custodianHolder);
    message.clear_handovers();
    for (const QByteArray& handover : std::as_const(handovers))
        message.add_handovers(handover.toStdString());
    auto profile = exchange::fromProto(message);
    if (!profile)
        return ctx.fail(profile.error());
    for (const QString& leader : p.values(leaderOption)) {
        const QString path = leader.section(QLatin1Char('='), 0, 0);
        auto keys = readKeyPath(path, p);
        if (!keys)
            return ctx.fail(QStringLiteral("%1: %2").arg(path, keys.error().message));
        auto row = exchange::addLeaderKey(*profile, *keys);
        if (!row)
            return ctx.fail(QStringLiteral("%1: %2").arg(path, row.error().message));
        const QString teams = leader.section(QLatin1Char('='), 1);
        if (!teams.isEmpty())
            profile->leaders[*row].teamIds = teams.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    auto file = exchange::signDraft(*profile, *school);
    if (!file)
        return ctx.fail(file.error());
    if (Status s = exchange::writeFileAtomically(p.value(outOption), *file); !s)
        return ctx.fail(s.error());
    ctx.out << "Profile " << profile->schoolName << " version " << profile->version
            << " signed by HR: " << p.value(outOption) << "\nNext: the custodian ("
            << profile->custodian.name << ") checks it with `profile show` and signs it with "
            << "`profile sign --key`." << Qt::endl;
    return Ok;
}

int runSign(const Context& ctx, const CommandArgs& p, const QString& path)
{
    if (int code = Ok; !p.require({ &keyOption }, code))
        return code;
    auto keys = readKeyPath(p.value(keyOption), p);
    if (!keys)
        return ctx.fail(keys.error());
    auto bytes = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_PROFILE));
    if (!bytes)
        return ctx.fail(bytes.error());
    auto read = exchange::readProfileFile(*bytes);
    if (!read)
        return ctx.fail(read.error());
    std::optional<ChangesSince> changes;
    if (p.isSet(sinceOption)) {
        auto since = changesSince(p, read->profile);
        if (!since)
            return ctx.fail(since.error());
        changes = *since;
    }
    // The custodian's check before co-signing, as the app's: against the version signed before
    // (--since) when given; HR's signature, the custodian named and the end date always.
    if (keys->party == v1::PARTY_CUSTODIAN) {
        const bool same = changes && changes->before.version == read->profile.version
            && changes->changes.isEmpty();
        const QString refusal = custodian::coSignRefusal(*read,
            changes ? std::optional<SchoolProfile>(changes->before) : std::nullopt, same,
            keys->signPublic, ctx.clock.today());
        if (!refusal.isEmpty())
            return ctx.fail(Error { Error::Code::InvalidInput, refusal });
    }
    // signProfileFile never signs what does not check out: the other signature must be valid.
    auto signedFile = exchange::signProfileFile(*bytes, *keys);
    if (!signedFile)
        return ctx.fail(signedFile.error());
    const QString out = p.isSet(outOption) ? p.value(outOption) : path;
    if (Status s = exchange::writeFileAtomically(out, *signedFile); !s)
        return ctx.fail(s.error());
    auto after = exchange::readProfileFile(*signedFile);
    if (!after)
        return ctx.fail(after.error());
    QStringList lines { summaryText(*after) };
    if (changes) {
        QJsonObject unused;
        addChanges(unused, lines, *changes);
    }
    ctx.out << "Signed as " << exchange::partyName(keys->party) << ": " << out << '\n'
            << lines.join(QLatin1Char('\n')) << Qt::endl;
    return Ok;
}

int runImport(const Context& ctx, const CommandArgs& p, const QString& path)
{
    if (int code = Ok; !p.require({ &dbOption() }, code))
        return code;
    auto bytes = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_PROFILE));
    if (!bytes)
        return ctx.fail(bytes.error());
    // Importing the school's profile is a natural first step for a new teacher: it creates the
    // journal, but only for a profile that passes its checks (a new journal has nothing else to
    // compare it with).
    const QString code = p.value(verifyCodeOption);
    if (!QFileInfo::exists(p.dbPath())) {
        auto incoming = exchange::TeacherExchange::verifySchoolProfile(*bytes, ctx.clock.today());
        if (!incoming)
            return ctx.fail(incoming.error());
        if (!exchange::matchesVerificationCode(*incoming, code))
            return ctx.fail(QStringLiteral("The verification code is missing or does not match "
                                           "this profile of %1; no journal was made. Use the code "
                                           "your MR or custodian published (--verify-code).")
                                .arg(incoming->schoolName));
    }
    auto journal = openJournal(p.dbPath(), ctx.clock, true);
    if (!journal)
        return ctx.fail(journal.error());
    TeacherSession& session = **journal;
    exchange::TeacherExchange& teacher = session.exchange();
    auto check = teacher.checkImport(*bytes);
    if (!check)
        return ctx.fail(check.error());
    using Verdict = exchange::ProfileImport::Verdict;
    if (check->verdict == Verdict::CustodianChanged && !p.isSet(acceptOption))
        return ctx.fail(QStringLiteral("The custodian changes, handed over and signed by the one "
                                       "before:\n  was: %1, key %2\n  now: %3 (%4), key %5\n"
                                       "Sharing stops until you turn it on again. To accept, "
                                       "repeat with %6.")
                            .arg(check->previousCustodian.name,
                                crypto::fingerprint(check->previousCustodian.signKey),
                                check->profile.custodian.name, check->profile.custodian.role,
                                crypto::fingerprint(check->profile.custodian.signKey),
                                QStringLiteral("--accept-new-custodian")));
    if (Status s = session.install(*check, code); !s)
        return ctx.fail(s.error());
    const QString what = check->verdict == Verdict::Same ? QStringLiteral("already installed")
        : check->verdict == Verdict::New                 ? QStringLiteral("installed")
                                                         : QStringLiteral("updated");
    auto settings = teacher.store().settings();
    if (!settings)
        return ctx.fail(settings.error());
    // A leader's new keys are named, as a new custodian is: compare them with the leader.
    QJsonArray leaderKeys;
    QString leaderLines;
    for (const ProfileChange& change : check->leaderKeyChanges) {
        leaderKeys.append(change.text);
        leaderLines += QLatin1Char('\n') + change.text;
    }
    if (!leaderLines.isEmpty())
        leaderLines += QStringLiteral("\nCompare the new fingerprints with your leader before you "
                                      "send them a preparation.");
    return p.print(QJsonObject { { QStringLiteral("result"), what },
                       { QStringLiteral("schoolId"), check->profile.schoolId },
                       { QStringLiteral("version"), check->profile.version },
                       { QStringLiteral("optedIn"), settings->optedIn },
                       { QStringLiteral("leaderKeyChanges"), leaderKeys } },
        QStringLiteral("Profile of %1 version %2 %3; custodian %4 (%5).%6%7")
            .arg(check->profile.schoolName, QString::number(check->profile.version), what,
                check->profile.custodian.name, check->profile.custodian.role,
                settings->optedIn ? QString()
                                  : QStringLiteral(" Sharing is off until you turn it on "
                                                   "(export --opt-in)."),
                leaderLines));
}

/** The outgoing custodian hands over to a successor: a .kwoverdracht HR puts in the profile. */
int runHandover(const Context& ctx, const CommandArgs& p, const QString& path)
{
    if (int code = Ok; !p.require({ &keyOption, &custodianOption, &outOption }, code))
        return code;
    if (QFileInfo::exists(p.value(outOption)))
        return ctx.fail(QStringLiteral("%1 exists already.").arg(p.value(outOption)));
    auto bytes = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_PROFILE));
    if (!bytes)
        return ctx.fail(bytes.error());
    // The profile in force: the outgoing custodian hands over only what they signed themselves.
    auto current = exchange::verifyProfileFile(*bytes, ctx.clock.today());
    if (!current)
        return ctx.fail(current.error());
    auto outgoing = readKeyPath(p.value(keyOption), p);
    if (!outgoing)
        return ctx.fail(outgoing.error());
    auto incoming = readKeyPath(p.value(custodianOption), p);
    if (!incoming)
        return ctx.fail(incoming.error());
    auto file = exchange::createHandoverFile(*current, *outgoing, *incoming, ctx.clock.today());
    if (!file)
        return ctx.fail(file.error());
    if (Status s = exchange::writeFileAtomically(p.value(outOption), *file); !s)
        return ctx.fail(s.error());
    return p.print(QJsonObject { { QStringLiteral("file"), p.value(outOption) },
                       { QStringLiteral("from"), holderJson(current->custodian) },
                       { QStringLiteral("to"), holderJson(incoming->holder()) } },
        QStringLiteral("Handover of %1 signed: from %2 (key %3) to %4 (key %5), written to %6.\n"
                       "Next: HR makes the new profile with `profile create --custodian <the new "
                       "custodian's .kwsleutel.pub> --handover %6`, and the new custodian signs "
                       "it.")
            .arg(current->schoolName, current->custodian.name,
                crypto::fingerprint(current->custodian.signKey), incoming->name,
                crypto::fingerprint(incoming->signPublic), p.value(outOption)));
}

/** The way back from a wrong school's profile: sharing stops, nothing else of the journal. */
int runRemove(const Context& ctx, const CommandArgs& p)
{
    if (int code = Ok; !p.require({ &dbOption() }, code))
        return code;
    if (!p.isSet(confirmOption))
        return p.usage(QStringLiteral("Removing the school profile stops sharing with that school "
                                      "and forgets your team, role and age band; your "
                                      "reflections, POP and check-ins stay. Repeat with "
                                      "--confirm."));
    if (Status s = TeacherSession::removeSchoolProfile(p.dbPath(), ctx.clock); !s)
        return ctx.fail(s.error());
    return p.print(QJsonObject { { QStringLiteral("result"), QStringLiteral("removed") } },
        QStringLiteral("The school profile is removed; sharing is off. Import your school's "
                       "profile to share again."));
}

} // namespace

int runProfile(const Context& ctx)
{
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "The school profile file (.kwprofiel).\n"
              "  template --out school.json         a profile source to edit (the demo school's)\n"
              "  create --source school.json --key hr.kwsleutel --custodian "
              "custodian.kwsleutel.pub\n"
              "         --out school.kwprofiel [--handover F.kwoverdracht ...]\n"
              "                                     HR makes and signs the profile\n"
              "  sign FILE --key custodian.kwsleutel [--since OLD.kwprofiel]\n"
              "                                     the custodian co-signs (in place, or --out)\n"
              "  show FILE [--since OLD.kwprofiel]  what is in it, who signed it (and what "
              "changed)\n"
              "  verify FILE                        exit 0 only if a teacher's app would accept "
              "it\n"
              "  handover CURRENT.kwprofiel --key old-custodian.kwsleutel --custodian "
              "new.kwsleutel.pub --out F.kwoverdracht\n"
              "                                     the outgoing custodian names a successor\n"
              "  import FILE --db journal.sqlite --verify-code CODE [--accept-new-custodian]\n"
              "                                     as a teacher (the code on a first install)\n"
              "  remove --db journal.sqlite --confirm   a teacher removes a wrong school's "
              "profile"),
            .options = { sourceOption, keyOption, passphraseFileOption(), custodianOption,
                handoverOption, leaderOption, acceptOption, verifyCodeOption, sinceOption,
                confirmOption, outOption },
            .positionals = { { QStringLiteral("action"),
                QStringLiteral("template, create, sign, show, verify, handover, import or "
                               "remove.") } },
            .db = DbOption::Optional });
    if (p.finished)
        return *p.finished;
    const QStringList args = p.positionals();
    const QString action = args.value(0);
    if (action == QStringLiteral("template") && args.size() == 1)
        return runTemplate(ctx, p);
    if (action == QStringLiteral("create") && args.size() == 1)
        return runCreate(ctx, p);
    if (action == QStringLiteral("remove") && args.size() == 1)
        return runRemove(ctx, p);
    if (args.size() != 2)
        return p.usage(QStringLiteral(
            "usage: profile template|create|sign|show|verify|handover|import [FILE] or profile "
            "remove; "
            "see profile --help."));
    const QString path = args[1];
    if (action == QStringLiteral("sign"))
        return runSign(ctx, p, path);
    if (action == QStringLiteral("import"))
        return runImport(ctx, p, path);
    if (action == QStringLiteral("handover"))
        return runHandover(ctx, p, path);
    if (action != QStringLiteral("show") && action != QStringLiteral("verify"))
        return p.usage(QStringLiteral("unknown action \"%1\"; see profile --help.").arg(action));

    auto bytes = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_PROFILE));
    if (!bytes)
        return ctx.fail(bytes.error());
    auto read = exchange::readProfileFile(*bytes);
    if (!read)
        return ctx.fail(read.error());
    const bool verify = action == QStringLiteral("verify");
    if (verify) {
        auto verified = exchange::verifyProfileFile(*bytes, ctx.clock.today());
        if (!verified)
            return ctx.fail(verified.error());
    }
    QJsonObject json = summaryJson(*read);
    QStringList lines { summaryText(*read) };
    if (p.isSet(sinceOption)) {
        auto since = changesSince(p, read->profile);
        if (!since)
            return ctx.fail(since.error());
        addChanges(json, lines, *since);
    }
    if (verify) {
        json.insert(QStringLiteral("verified"), true);
        lines.prepend(QStringLiteral("OK: a teacher's app accepts this profile."));
    }
    return p.print(json, lines);
}

} // namespace kw::cli
