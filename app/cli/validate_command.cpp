// kernwijzer-cli validate: HR answers the custodian's check request (.kwcontrole) before a
// release. HR opens its part of each contribution the custodian means to sum and says, signed,
// which ones check out (.kwuitslag); the custodian then releases over those only, so a damaged
// or forged file never blocks a period. HR stores nothing and sees no sums here.
#include "cli/command_args.h"
#include "cli/commands.h"
#include "cli/hr_session.h"
#include "cli/key_input.h"
#include "exchange/check_file.h"
#include "exchange/envelope.h"
#include "hr/check_answer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace kw::cli {

int runValidate(const Context& ctx)
{
    const HrOptions o;
    const QCommandLineOption outOption({ QStringLiteral("out") },
        QStringLiteral("Where to write HR's answer (.kwuitslag)."), QStringLiteral("FILE"));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "HR checks the custodian's check request (.kwcontrole): every part for HR in it is "
              "opened and its teacher's signature checked. The signed answer (.kwuitslag) goes "
              "back to the custodian, who then releases only over parts that checked out."),
            .options = { o.db, o.key, o.profile, outOption, passphraseFileOption() },
            .required = { &o.db, &o.key, &outOption },
            .positionals = { { QStringLiteral("request"),
                QStringLiteral("The custodian's check request (.kwcontrole)."),
                QStringLiteral("FILE") } },
            .db = DbOption::None,
            .jsonDescription = QStringLiteral(
                "Print JSON: {\"period\", \"parts\", \"valid\", \"refused\": {reason: n}, "
                "\"out\"}.") });
    if (p.finished)
        return *p.finished;
    if (p.positionals().size() != 1)
        return p.usage(QStringLiteral("Name exactly one check request (.kwcontrole)."));
    auto session = openHrSession(p, o, ctx.clock);
    if (!session)
        return p.failed(session.error());
    auto bytes = exchange::readFileLimited(p.positionals().constFirst(),
        exchange::maxFileBytes(::kernwijzer::v1::FILE_KIND_CHECK_REQUEST));
    if (!bytes)
        return p.failed(bytes.error());
    auto answer = hr::answerCheckRequest(*session->store, *bytes, session->keys);
    if (!answer)
        return p.failed(answer.error());
    auto file = exchange::writeCheckAnswer(*answer, session->keys);
    if (!file)
        return p.failed(file.error());
    const QString out = p.value(outOption);
    if (Status s = exchange::writeFileAtomically(out, *file); !s)
        return p.failed(s.error());

    int valid = 0;
    QMap<QString, int> refused; // reason → parts
    for (const exchange::PartVerdict& v : std::as_const(answer->verdicts)) {
        if (v.verdict == exchange::Verdict::Valid)
            ++valid;
        else
            ++refused[exchange::verdictText(v.verdict)];
    }
    QStringList lines = session->lines;
    lines << QStringLiteral("Checked %1 parts for %2: %3 check out.")
                 .arg(answer->verdicts.size())
                 .arg(answer->period)
                 .arg(valid);
    QJsonObject refusedJson;
    for (auto it = refused.cbegin(); it != refused.cend(); ++it) {
        lines << QStringLiteral("  %1 refused: %2").arg(it.value()).arg(it.key());
        refusedJson.insert(it.key(), it.value());
    }
    lines << QStringLiteral("Wrote %1. Send it back to the custodian, who makes the release with "
                            "it (release --checked).")
                 .arg(out);
    return p.print(QJsonObject { { QStringLiteral("period"), answer->period },
                       { QStringLiteral("parts"), int(answer->verdicts.size()) },
                       { QStringLiteral("valid"), valid },
                       { QStringLiteral("refused"), refusedJson }, { QStringLiteral("out"), out } },
        lines);
}

} // namespace kw::cli
