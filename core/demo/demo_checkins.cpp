#include "demo/demo_checkins.h"

#include "profile/school_profile.h"

#include <QRandomGenerator>
#include <cmath>

namespace kw {

QList<CheckinInput> demoCheckins(const SchoolProfile& profile, QDate today, int weeks, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<CheckinInput> out;
    for (const Instrument& in : profile.instruments) {
        const int step = in.period == PeriodKind::Fortnight ? 14 : 7;
        for (int daysAgo = 7 * weeks; daysAgo >= step; daysAgo -= step) {
            // 1.0 normally, down to about 0.45 around the middle of the span (a hard month).
            const double dip
                = 1.0 - 0.55 * std::exp(-std::pow((daysAgo - 3.5 * weeks) / (1.3 * weeks), 2));
            CheckinInput c { in.id, today.addDays(-daysAgo), {}, {} };
            for (int i = 0; i < in.items.size(); ++i) {
                const double high = in.scale.min + (in.scale.max - in.scale.min) * 0.8 * dip;
                const int value = int(std::lround(high + rng.bounded(3) - 1));
                c.answers << std::clamp(value, in.scale.min, in.scale.max);
            }
            for (const QString& listId : in.choiceListIds) {
                const ChoiceList* list = findChoiceList(profile.choiceLists, listId);
                if (!list || list->options.isEmpty())
                    continue;
                QStringList picked;
                for (int n = 0; n < 2; ++n) {
                    const QString id = list->options[rng.bounded(int(list->options.size()))].id;
                    if (!picked.contains(id))
                        picked << id;
                }
                c.choices.insert(listId, picked);
            }
            out << c;
        }
    }
    return out;
}

} // namespace kw
