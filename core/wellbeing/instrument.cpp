#include "wellbeing/instrument.h"

#include <QLocale>

namespace kw {

QString InstrumentItem::shortName() const
{
    QString name = id;
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString LocalizedText::text() const
{
    return QLocale().language() == QLocale::Dutch || en.isEmpty() ? nl : en;
}

double Instrument::minScore() const
{
    if (scoring.kind == ScoringRule::Kind::SumTimes)
        return double(scale.min) * items.size() * scoring.multiplier;
    return scale.min;
}

double Instrument::maxScore() const
{
    if (scoring.kind == ScoringRule::Kind::SumTimes)
        return double(scale.max) * items.size() * scoring.multiplier;
    return scale.max;
}

const ChoiceOption* ChoiceList::option(const QString& optionId) const
{
    for (const ChoiceOption& o : options) {
        if (o.id == optionId)
            return &o;
    }
    return nullptr;
}

const ChoiceOption* ChoiceList::findOption(const QString& idOrName) const
{
    const QString key = idOrName.trimmed();
    for (const ChoiceOption& o : options) {
        if (o.id == key || o.name.compare(key, Qt::CaseInsensitive) == 0)
            return &o;
    }
    return nullptr;
}

const Instrument* findInstrument(const QList<Instrument>& instruments, const QString& id)
{
    for (const Instrument& i : instruments) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const ChoiceList* findChoiceList(const QList<ChoiceList>& lists, const QString& id)
{
    for (const ChoiceList& l : lists) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

QString bandId(Band band)
{
    switch (band) {
    case Band::Ok:
        return QStringLiteral("ok");
    case Band::Low:
        return QStringLiteral("low");
    case Band::Advise:
        return QStringLiteral("advise");
    }
    return QStringLiteral("ok");
}

} // namespace kw
