#include "wellbeing/scoring.h"

#include "common/errors.h"

#include <QCoreApplication>
#include <QSet>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Wellbeing)
};

} // namespace

Result<Score> score(const Instrument& in, const Answers& answers)
{
    const QString name = in.name.text();
    if (answers.size() > in.items.size())
        return invalid(Text::tr("%1 has %2 items; %3 answers were given.")
                           .arg(name)
                           .arg(in.items.size())
                           .arg(answers.size()));
    Score result;
    qint64 sum = 0;
    for (int i = 0; i < answers.size(); ++i) {
        if (!answers[i])
            continue;
        const int v = *answers[i];
        if (v < in.scale.min || v > in.scale.max)
            return invalid(Text::tr("Answer %1 of %2 must be from %3 to %4; %5 is out of range.")
                               .arg(i + 1)
                               .arg(name)
                               .arg(in.scale.min)
                               .arg(in.scale.max)
                               .arg(v));
        sum += v;
        ++result.answered;
    }
    const int missing = int(in.items.size()) - result.answered;
    if (in.allItemsRequired && missing > 0)
        return invalid(Text::tr("%1 needs an answer to all %2 items; %3 unanswered.")
                           .arg(name)
                           .arg(in.items.size())
                           .arg(missing));
    if (result.answered == 0)
        return invalid(Text::tr("Answer at least one item of %1.").arg(name));
    result.value = in.scoring.kind == ScoringRule::Kind::SumTimes
        ? double(sum * in.scoring.multiplier)
        : double(sum) / result.answered;
    result.band = bandFor(in, result.value);
    return result;
}

Band bandFor(const Instrument& in, double value)
{
    Band band = Band::Ok;
    for (const CutOff& c : in.cutOffs) {
        if (value <= c.atMost && int(c.band) > int(band))
            band = c.band;
    }
    return band;
}

Status checkSelections(
    const Instrument& in, const QList<ChoiceList>& lists, const Selections& selections)
{
    for (auto it = selections.cbegin(); it != selections.cend(); ++it) {
        const ChoiceList* list
            = in.choiceListIds.contains(it.key()) ? findChoiceList(lists, it.key()) : nullptr;
        if (!list)
            return invalid(Text::tr("%1 does not ask \"%2\".").arg(in.name.text(), it.key()));
        QSet<QString> seen;
        for (const QString& optionId : it.value()) {
            if (!list->option(optionId))
                return invalid(
                    Text::tr("\"%1\" is not an option of \"%2\".").arg(optionId, it.key()));
            if (seen.contains(optionId))
                return invalid(
                    Text::tr("\"%1\" is picked twice in \"%2\".").arg(optionId, it.key()));
            seen.insert(optionId);
        }
    }
    return {};
}

} // namespace kw
