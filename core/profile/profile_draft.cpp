#include "profile/profile_draft.h"

#include "common/errors.h"

#include <QCoreApplication>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Profile)
};

} // namespace

SchoolProfile profileTemplate(QDate today)
{
    SchoolProfile p = demoProfile();
    p.schoolId = QStringLiteral("mijn-school");
    p.schoolName = QStringLiteral("Naam van de school");
    p.validUntil = today.addYears(1);
    p.school = {};
    p.custodian = {};
    p.custodian.name = QStringLiteral("Naam van de vertrouwenshouder");
    p.custodian.role = QStringLiteral("Secretaris MR");
    p.custodian.contact = QStringLiteral("vertrouwenshouder@mijn-school.nl");
    return p;
}

SchoolProfile nextVersionDraft(const SchoolProfile& current, QDate today)
{
    SchoolProfile draft = current;
    draft.version = current.version + 1;
    if (!draft.validUntil.isValid() || draft.validUntil < today)
        draft.validUntil = today.addYears(1);
    return draft;
}

QString idForName(const QString& name, const QStringList& taken)
{
    QString id;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            id += c;
        else if (c.category() != QChar::Mark_NonSpacing && !id.isEmpty()
            && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    id = id.left(36);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    if (id.isEmpty())
        id = QStringLiteral("item");
    QString out = id;
    for (int n = 2; taken.contains(out); ++n)
        out = id + QLatin1Char('-') + QString::number(n);
    return out;
}

QStringList kernwaardeColors()
{
    return { QStringLiteral("#1565C0"), QStringLiteral("#2E7D32"), QStringLiteral("#C62828"),
        QStringLiteral("#6A1B9A"), QStringLiteral("#E65100"), QStringLiteral("#00838F"),
        QStringLiteral("#AD1457"), QStringLiteral("#5D4037") };
}

QString unusedKernwaardeColor(const QList<Kernwaarde>& values)
{
    const QStringList colors = kernwaardeColors();
    for (const QString& color : colors) {
        const bool used = std::any_of(values.begin(), values.end(),
            [&](const Kernwaarde& k) { return k.color.compare(color, Qt::CaseInsensitive) == 0; });
        if (!used)
            return color;
    }
    return colors.first();
}

Status checkCustodianContact(const QString& contact)
{
    if (contact.trimmed().isEmpty() || contact.size() > 200)
        return invalid(Text::tr("The profile does not say where teachers send their files: give "
                                "the custodian's contact (an e-mail address or upload page, at "
                                "most 200 characters)."));
    return {};
}

QList<ProfileProblem> draftProblems(const SchoolProfile& draft, QDate today)
{
    QList<ProfileProblem> out = profileProblems(draft);
    if (!draft.validUntil.isValid())
        out.append({ QStringLiteral("validUntil"),
            Text::tr("Give the last day the profile is valid: after it, teachers' apps ask for "
                     "a new one.") });
    else if (draft.validUntil < today)
        out.append({ QStringLiteral("validUntil"),
            Text::tr(
                "The end date lies in the past: no teacher's app would accept the profile.") });
    if (draft.custodian.name.trimmed().isEmpty())
        out.append(
            { QStringLiteral("custodian"), Text::tr("The profile does not name the custodian.") });
    else if (Status s = checkCustodianContact(draft.custodian.contact); !s)
        out.append({ QStringLiteral("custodian"), s.error().message });
    if (draft.custodian.signKey.isEmpty() || draft.custodian.boxKey.isEmpty())
        out.append({ QStringLiteral("keys"),
            Text::tr("The profile has no keys for the custodian yet: choose the custodian's "
                     "public key file (.kwsleutel.pub).") });
    return out;
}

} // namespace kw
