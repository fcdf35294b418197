// The rules a school profile's instruments, choice lists and support contacts must meet: the one
// gate for the built-in instruments and for any a school loads from its profile.
#include "common/errors.h"
#include "wellbeing/instrument.h"
#include "wellbeing/support_contact.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Wellbeing)
};

bool isId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    return pattern.match(id).hasMatch();
}

bool isBlank(const LocalizedText& t)
{
    return t.nl.trimmed().isEmpty() || t.en.trimmed().isEmpty();
}

/** Ids valid and unique within one list; @p what names the list in the message. */
template <typename Item> Status checkIds(const QList<Item>& items, const QString& what)
{
    QSet<QString> seen;
    for (const Item& item : items) {
        if (!isId(item.id))
            return invalid(
                Text::tr("The profile has an invalid id \"%1\" in %2.").arg(item.id, what));
        if (seen.contains(item.id))
            return invalid(Text::tr("The profile names \"%1\" twice in %2.").arg(item.id, what));
        seen.insert(item.id);
    }
    return {};
}

Status checkCutOffs(const Instrument& in)
{
    const double* low = nullptr;
    const double* advise = nullptr;
    for (const CutOff& c : in.cutOffs) {
        if (c.atMost < in.minScore() || c.atMost > in.maxScore())
            return invalid(Text::tr("Instrument \"%1\" has a cut-off at %2, outside its scores "
                                    "from %3 to %4.")
                               .arg(in.id)
                               .arg(c.atMost)
                               .arg(in.minScore())
                               .arg(in.maxScore()));
        const double** slot = c.band == Band::Low ? &low
            : c.band == Band::Advise              ? &advise
                                                  : nullptr;
        if (!slot || *slot)
            return invalid(Text::tr("Instrument \"%1\" needs at most one cut-off for \"low\" and "
                                    "one for \"advise\".")
                               .arg(in.id));
        *slot = &c.atMost;
    }
    if (low && advise && *advise > *low)
        return invalid(Text::tr("Instrument \"%1\" advises help above its \"low\" cut-off; the "
                                "advise cut-off must be the lower one.")
                           .arg(in.id));
    return {};
}

Status checkInstrument(const Instrument& in, const QList<ChoiceList>& lists)
{
    if (in.version < 1)
        return invalid(Text::tr("Instrument \"%1\" has no version.").arg(in.id));
    if (isBlank(in.name))
        return invalid(Text::tr("Instrument \"%1\" needs a Dutch and an English name.").arg(in.id));
    if (in.items.isEmpty() || in.items.size() > 50)
        return invalid(Text::tr("Instrument \"%1\" has %2 items; it needs 1 to 50.")
                           .arg(in.id)
                           .arg(in.items.size()));
    if (Status s = checkIds(in.items, Text::tr("the items of instrument \"%1\"").arg(in.id)); !s)
        return s;
    for (const InstrumentItem& item : in.items) {
        if (isBlank(item.text))
            return invalid(Text::tr("Item \"%1\" of instrument \"%2\" needs a Dutch and an "
                                    "English text.")
                               .arg(item.id, in.id));
    }
    const AnswerScale& scale = in.scale;
    // min in 0..100 first, so that max - min cannot overflow whatever a file holds.
    if (scale.min < 0 || scale.min > 100 || scale.max - scale.min < 1 || scale.max - scale.min > 10)
        return invalid(Text::tr("Instrument \"%1\" has an answer scale from %2 to %3; it needs "
                                "2 to 11 points, none below 0.")
                           .arg(in.id)
                           .arg(scale.min)
                           .arg(scale.max));
    for (const ScaleAnchor& a : scale.anchors) {
        if (a.value < scale.min || a.value > scale.max || isBlank(a.label))
            return invalid(Text::tr("Instrument \"%1\" has a scale label at %2 outside its scale "
                                    "or without text.")
                               .arg(in.id)
                               .arg(a.value));
    }
    if (in.scoring.kind == ScoringRule::Kind::SumTimes
        && (!in.allItemsRequired || in.scoring.multiplier < 1 || in.scoring.multiplier > 100))
        return invalid(Text::tr("Instrument \"%1\" sums its items: every item must be required "
                                "and the multiplier must be 1 to 100.")
                           .arg(in.id));
    // Contributions carry a score times 100 and its square, summed over a whole school: with at
    // most kMaxInstrumentScore no sum of 100 000 of them comes near 2^64 (docs/exchange-formats).
    if (in.maxScore() > kMaxInstrumentScore)
        return invalid(Text::tr("Instrument \"%1\" can score up to %2; at most %3 is allowed.")
                           .arg(in.id)
                           .arg(in.maxScore())
                           .arg(kMaxInstrumentScore));
    if (Status s = checkCutOffs(in); !s)
        return s;
    for (const QString& listId : in.choiceListIds) {
        if (!findChoiceList(lists, listId))
            return invalid(Text::tr("Instrument \"%1\" asks the choice list \"%2\", which the "
                                    "profile does not have.")
                               .arg(in.id, listId));
    }
    return {};
}

Status checkChoiceList(const ChoiceList& list)
{
    if (isBlank(list.question))
        return invalid(
            Text::tr("Choice list \"%1\" needs a Dutch and an English question.").arg(list.id));
    if (list.options.isEmpty() || list.options.size() > 30)
        return invalid(Text::tr("Choice list \"%1\" has %2 options; it needs 1 to 30.")
                           .arg(list.id)
                           .arg(list.options.size()));
    if (Status s = checkIds(list.options, Text::tr("the options of \"%1\"").arg(list.id)); !s)
        return s;
    for (const ChoiceOption& o : list.options) {
        if (o.name.trimmed().isEmpty())
            return invalid(
                Text::tr("Option \"%1\" of choice list \"%2\" has no name.").arg(o.id, list.id));
    }
    return {};
}

} // namespace

Status validateInstruments(const QList<Instrument>& instruments, const QList<ChoiceList>& lists)
{
    if (Status s = checkIds(lists, Text::tr("the choice lists")); !s)
        return s;
    for (const ChoiceList& list : lists) {
        if (Status s = checkChoiceList(list); !s)
            return s;
    }
    if (Status s = checkIds(instruments, Text::tr("the instruments")); !s)
        return s;
    for (const Instrument& in : instruments) {
        if (Status s = checkInstrument(in, lists); !s)
            return s;
    }
    return {};
}

Status validateSupportContacts(const QList<SupportContact>& contacts)
{
    for (const SupportContact& c : contacts) {
        if (c.role.trimmed().isEmpty() || c.name.trimmed().isEmpty() || c.reach.trimmed().isEmpty())
            return invalid(Text::tr("Every support contact needs a role, a name and a way to "
                                    "reach them."));
    }
    return {};
}

} // namespace kw
