#include "demo/demo_checkins.h"

#include "profile/school_profile.h"

#include <cmath>

namespace kw {

CheckinInput simulatedCheckin(const SchoolProfile& profile, const Instrument& in, QDate day,
    const ItemLevel& level, const PickOptions& pick, QRandomGenerator& rng)
{
    CheckinInput c { in.id, day, {}, {} };
    for (int i = 0; i < in.items.size(); ++i) {
        const double at = in.scale.min + (in.scale.max - in.scale.min) * level(in, i);
        const int value = int(std::lround(at + rng.bounded(3) - 1));
        c.answers << std::clamp(value, in.scale.min, in.scale.max);
    }
    for (const QString& listId : in.choiceListIds) {
        const ChoiceList* list = findChoiceList(profile.choiceLists, listId);
        if (!list || list->options.isEmpty())
            continue;
        c.choices.insert(listId, pick(*list, rng));
    }
    return c;
}

QStringList pickUniformly(const ChoiceList& list, int count, QRandomGenerator& rng)
{
    QStringList picked;
    for (int n = 0; n < count; ++n) {
        const QString id = list.options[rng.bounded(int(list.options.size()))].id;
        if (!picked.contains(id))
            picked << id;
    }
    return picked;
}

QList<CheckinInput> demoCheckins(const SchoolProfile& profile, QDate today, int weeks, quint32 seed)
{
    QRandomGenerator rng(seed);
    const PickOptions twoAtRandom
        = [](const ChoiceList& list, QRandomGenerator& r) { return pickUniformly(list, 2, r); };
    QList<CheckinInput> out;
    for (const Instrument& in : profile.instruments) {
        const int step = in.period == PeriodKind::Fortnight ? 14 : 7;
        for (int daysAgo = 7 * weeks; daysAgo >= step; daysAgo -= step) {
            // 1.0 normally, down to about 0.45 around the middle of the span (a hard month).
            const double dip
                = 1.0 - 0.55 * std::exp(-std::pow((daysAgo - 3.5 * weeks) / (1.3 * weeks), 2));
            out << simulatedCheckin(
                profile, in, today.addDays(-daysAgo),
                [dip](const Instrument&, int) { return 0.8 * dip; }, twoAtRandom, rng);
        }
    }
    return out;
}

} // namespace kw
