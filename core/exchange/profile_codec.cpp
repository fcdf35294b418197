#include "exchange/profile_codec.h"

#include "exchange/crypto.h"
#include "exchange/custodian_handover.h"
#include "exchange/demo_keys.h"
#include "exchange/exchange_text.h"
#include "exchange/key_file.h"
#include "exchange/metric_layout.h"
#include "exchange/plain_text.h"
#include "exchange/proto_bytes.h"
#include "profile/profile_draft.h"

namespace kw::exchange {

namespace v1 = ::kernwijzer::v1;

namespace {

std::string str(const QString& s)
{
    return s.toStdString();
}

QString qstr(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string bytes(const QByteArray& b)
{
    return b.toStdString();
}

void put(v1::LocalizedText* out, const LocalizedText& in)
{
    out->set_nl(str(in.nl));
    out->set_en(str(in.en));
}

LocalizedText get(const v1::LocalizedText& in)
{
    return { qstr(in.nl()), qstr(in.en()) };
}

template <typename Repeated> void putItems(Repeated* out, const QList<ProfileItem>& items)
{
    for (const ProfileItem& item : items) {
        auto* m = out->Add();
        m->set_id(str(item.id));
        m->set_name(str(item.name));
        m->set_staff_count(quint32(item.staffCount));
    }
}

template <typename Repeated> QList<ProfileItem> getItems(const Repeated& in)
{
    QList<ProfileItem> items;
    for (const auto& m : in)
        items.append(
            { qstr(m.id()), qstr(m.name()), int(qMin<quint32>(m.staff_count(), 100'000)) });
    return items;
}

void put(v1::KeyHolder* out, const KeyHolder& in)
{
    out->set_name(str(in.name));
    out->set_role(str(in.role));
    out->set_sign_key(bytes(in.signKey));
    out->set_box_key(bytes(in.boxKey));
    out->mutable_box_proof()->set_edwards_key(bytes(in.boxProofKey));
    out->mutable_box_proof()->set_signature(bytes(in.boxProofSignature));
    out->set_contact(str(in.contact));
}

KeyHolder get(const v1::KeyHolder& in)
{
    return { qstr(in.name()), qstr(in.role()), qbytes(in.sign_key()), qbytes(in.box_key()),
        qbytes(in.box_proof().edwards_key()), qbytes(in.box_proof().signature()),
        qstr(in.contact()) };
}

void put(v1::Instrument* out, const Instrument& in)
{
    out->set_id(str(in.id));
    out->set_version(quint32(in.version));
    put(out->mutable_name(), in.name);
    put(out->mutable_intro(), in.intro);
    for (const InstrumentItem& item : in.items) {
        auto* m = out->add_items();
        m->set_id(str(item.id));
        put(m->mutable_text(), item.text);
    }
    out->set_scale_min(in.scale.min);
    out->set_scale_max(in.scale.max);
    for (const ScaleAnchor& anchor : in.scale.anchors) {
        auto* m = out->add_anchors();
        m->set_value(anchor.value);
        put(m->mutable_label(), anchor.label);
    }
    out->set_all_items_required(in.allItemsRequired);
    out->set_period(in.period == PeriodKind::Fortnight ? v1::Instrument::PERIOD_FORTNIGHT
                                                       : v1::Instrument::PERIOD_WEEK);
    out->set_scoring(in.scoring.kind == ScoringRule::Kind::SumTimes
            ? v1::Instrument::SCORING_SUM_TIMES
            : v1::Instrument::SCORING_ITEM_MEAN);
    out->set_multiplier(in.scoring.multiplier);
    for (const CutOff& cut : in.cutOffs) {
        auto* m = out->add_cut_offs();
        m->set_at_most(cut.atMost);
        m->set_band(cut.band == Band::Advise ? v1::Instrument::BAND_ADVISE
                : cut.band == Band::Low      ? v1::Instrument::BAND_LOW
                                             : v1::Instrument::BAND_OK);
    }
    for (const QString& id : in.choiceListIds)
        out->add_choice_list_ids(str(id));
}

Instrument get(const v1::Instrument& in)
{
    Instrument out;
    out.id = qstr(in.id());
    out.version = int(qMin<quint32>(in.version(), 1'000'000));
    out.name = get(in.name());
    out.intro = get(in.intro());
    for (const auto& item : in.items())
        out.items.append({ qstr(item.id()), get(item.text()) });
    out.scale.min = in.scale_min();
    out.scale.max = in.scale_max();
    for (const auto& anchor : in.anchors())
        out.scale.anchors.append({ anchor.value(), get(anchor.label()) });
    out.allItemsRequired = in.all_items_required();
    out.period = in.period() == v1::Instrument::PERIOD_FORTNIGHT ? PeriodKind::Fortnight
                                                                 : PeriodKind::Week;
    out.scoring.kind = in.scoring() == v1::Instrument::SCORING_SUM_TIMES
        ? ScoringRule::Kind::SumTimes
        : ScoringRule::Kind::ItemMean;
    out.scoring.multiplier = in.multiplier();
    for (const auto& cut : in.cut_offs()) {
        const Band band = cut.band() == v1::Instrument::BAND_ADVISE ? Band::Advise
            : cut.band() == v1::Instrument::BAND_LOW                ? Band::Low
                                                                    : Band::Ok;
        out.cutOffs.append({ cut.at_most(), band });
    }
    for (const auto& id : in.choice_list_ids())
        out.choiceListIds.append(qstr(id));
    return out;
}

Status checkKeyHolder(const KeyHolder& holder, const QString& who)
{
    if (holder.name.trimmed().isEmpty())
        return Error { Error::Code::InvalidInput,
            Text::tr("The profile does not name the %1.").arg(who) };
    if (!crypto::isValidSignKey(holder.signKey) || !crypto::isValidBoxKey(holder.boxKey))
        return Error { Error::Code::InvalidInput,
            Text::tr("The profile has no valid keys for the %1.").arg(who) };
    if (!hasValidBoxProof(holder))
        return Error {
            Error::Code::Untrusted,
            Text::tr("The profile names a key for the %1 without proof that they hold it.").arg(who)
        };
    return {};
}

/** Every leader's keys check out and belong to nobody else the profile names. */
Status checkLeaders(const SchoolProfile& profile)
{
    QList<QByteArray> seen { profile.school.signKey, profile.school.boxKey,
        profile.custodian.signKey, profile.custodian.boxKey };
    for (const Leader& leader : profile.leaders) {
        if (Status s = checkKeyHolder(leader.keys, Text::tr("leader %1").arg(leader.id.left(40)));
            !s)
            return s;
        // The box-key proof shows only that whoever listed the box key holds its secret: HR
        // could list a box key of its own beside the leader's sign key. The leader's own
        // signature over both keys shows that the leader chose this box key.
        if (!hasValidKeyBinding(leader.keys, v1::PARTY_LEADER))
            return Error { Error::Code::Untrusted,
                Text::tr("The profile pairs leader %1's signing key with a sealing key the leader "
                         "did not sign: only the leader can choose their sealing key, with their "
                         "own public key file.")
                    .arg(leader.id.left(40)) };
        if (seen.contains(leader.keys.signKey) || seen.contains(leader.keys.boxKey))
            return Error { Error::Code::Untrusted,
                Text::tr("Leader %1 has a key that someone else in the profile also has: every "
                         "leader must hold a key of their own.")
                    .arg(leader.id.left(40)) };
        seen << leader.keys.signKey << leader.keys.boxKey;
    }
    return {};
}

Status checkHandovers(const SchoolProfile& profile)
{
    for (const QByteArray& file : profile.handovers) {
        auto handover = readHandoverFile(file);
        if (!handover)
            return handover.error();
        if (handover->schoolId != profile.schoolId
            || handover->schoolSignKey != profile.school.signKey
            || handover->fromVersion >= profile.version)
            return Error { Error::Code::Untrusted,
                Text::tr("The profile carries a custodian handover made for another school, "
                         "another HR key or a later version.") };
    }
    return {};
}

} // namespace

v1::KeyHolder toProto(const KeyHolder& holder)
{
    v1::KeyHolder out;
    put(&out, holder);
    return out;
}

v1::SchoolProfile toProto(const SchoolProfile& p)
{
    v1::SchoolProfile m;
    m.set_school_id(str(p.schoolId));
    m.set_school_name(str(p.schoolName));
    m.set_version(quint32(p.version));
    if (p.validUntil.isValid())
        m.set_valid_until(str(p.validUntil.toString(Qt::ISODate)));
    for (const Kernwaarde& value : p.kernwaarden) {
        auto* k = m.add_kernwaarden();
        k->set_id(str(value.id));
        k->set_name(str(value.name));
        k->set_description(str(value.description));
        k->set_color(str(value.color));
    }
    putItems(m.mutable_themes(), p.themes);
    putItems(m.mutable_teams(), p.teams);
    putItems(m.mutable_roles(), p.roles);
    putItems(m.mutable_context_tags(), p.contextTags);
    for (const AgeBand& band : p.ageBands) {
        auto* b = m.add_age_bands();
        b->set_id(str(band.id));
        b->set_name(str(band.name));
        b->set_from_age(band.fromAge);
        b->set_to_age(band.toAge);
    }
    for (const Instrument& instrument : p.instruments)
        put(m.add_instruments(), instrument);
    for (const ChoiceList& list : p.choiceLists) {
        auto* l = m.add_choice_lists();
        l->set_id(str(list.id));
        put(l->mutable_question(), list.question);
        for (const ChoiceOption& option : list.options) {
            auto* o = l->add_options();
            o->set_id(str(option.id));
            o->set_name(str(option.name));
        }
    }
    for (const SupportContact& contact : p.supportContacts) {
        auto* c = m.add_support_contacts();
        c->set_role(str(contact.role));
        c->set_name(str(contact.name));
        c->set_reach(str(contact.reach));
    }
    auto* hours = m.mutable_hours_policy();
    hours->set_hours_per_year(p.hoursPolicy.hoursPerYear);
    hours->set_saving_years(p.hoursPolicy.savingYears);
    hours->set_extra_from_age(p.hoursPolicy.extraFromAge);
    hours->set_extra_hours_per_year(p.hoursPolicy.extraHoursPerYear);
    auto* rules = m.mutable_rules();
    rules->set_period_months(quint32(p.rules.periodMonths));
    rules->set_min_group_wellbeing(quint32(p.rules.minGroupWellbeing));
    rules->set_min_group_counts(quint32(p.rules.minGroupCounts));
    put(m.mutable_school(), p.school);
    put(m.mutable_custodian(), p.custodian);
    for (const QByteArray& handover : p.handovers)
        m.add_handovers(bytes(handover));
    for (const Leader& leader : p.leaders) {
        auto* l = m.add_leaders();
        l->set_id(str(leader.id));
        l->set_name(str(leader.keys.name));
        for (const QString& team : leader.teamIds)
            l->add_team_ids(str(team));
        l->set_sign_key(bytes(leader.keys.signKey));
        l->set_box_key(bytes(leader.keys.boxKey));
        l->mutable_box_proof()->set_edwards_key(bytes(leader.keys.boxProofKey));
        l->mutable_box_proof()->set_signature(bytes(leader.keys.boxProofSignature));
        l->set_key_signature(bytes(leader.keys.keySignature));
    }
    m.set_retention_years(quint32(p.retentionYears));
    return m;
}

Result<SchoolProfile> fromProto(const v1::SchoolProfile& m)
{
    // First, and without echoing anything: later messages quote names and ids.
    if (hasUnsafeCharacters(m))
        return Error { Error::Code::InvalidInput,
            Text::tr("The profile holds control characters, invisible characters or < > in a name "
                     "or text; it is refused.") };
    SchoolProfile p;
    p.schoolId = qstr(m.school_id());
    p.schoolName = qstr(m.school_name());
    p.version = int(qMin<quint32>(m.version(), 1'000'000'000));
    // Missing only in files stored before it was required: those still read (so a journal can
    // move on to a new profile), but createProfileFile and verifyProfileFile refuse them.
    if (!m.valid_until().empty()) {
        p.validUntil = QDate::fromString(qstr(m.valid_until()), Qt::ISODate);
        if (!p.validUntil.isValid())
            return Error { Error::Code::InvalidInput,
                Text::tr("The profile has an invalid end date \"%1\".")
                    .arg(qstr(m.valid_until()).left(20)) };
    }
    for (const auto& k : m.kernwaarden())
        p.kernwaarden.append(
            { qstr(k.id()), qstr(k.name()), qstr(k.description()), qstr(k.color()) });
    p.themes = getItems(m.themes());
    p.teams = getItems(m.teams());
    p.roles = getItems(m.roles());
    p.contextTags = getItems(m.context_tags());
    for (const auto& b : m.age_bands())
        p.ageBands.append({ qstr(b.id()), qstr(b.name()), b.from_age(), b.to_age() });
    for (const auto& instrument : m.instruments())
        p.instruments.append(get(instrument));
    for (const auto& l : m.choice_lists()) {
        ChoiceList list { qstr(l.id()), get(l.question()), {} };
        for (const auto& o : l.options())
            list.options.append({ qstr(o.id()), qstr(o.name()) });
        p.choiceLists.append(list);
    }
    for (const auto& c : m.support_contacts())
        p.supportContacts.append({ qstr(c.role()), qstr(c.name()), qstr(c.reach()) });
    const auto& hours = m.hours_policy();
    p.hoursPolicy = { .hoursPerYear = hours.hours_per_year(),
        .savingYears = hours.saving_years(),
        .extraFromAge = hours.extra_from_age(),
        .extraHoursPerYear = hours.extra_hours_per_year() };
    const auto clampInt = [](quint32 v) { return int(qMin<quint32>(v, 1'000'000)); };
    p.rules = { .periodMonths = clampInt(m.rules().period_months()),
        .minGroupWellbeing = clampInt(m.rules().min_group_wellbeing()),
        .minGroupCounts = clampInt(m.rules().min_group_counts()) };
    p.school = get(m.school());
    p.custodian = get(m.custodian());
    if (m.handovers_size() > kMaxHandovers)
        return Error { Error::Code::InvalidInput,
            Text::tr("The profile carries more than %1 custodian handovers.").arg(kMaxHandovers) };
    for (const std::string& handover : m.handovers())
        p.handovers.append(qbytes(handover));
    if (m.leaders_size() > kMaxLeaders)
        return Error { Error::Code::InvalidInput,
            Text::tr("The profile lists more than %1 leaders.").arg(kMaxLeaders) };
    for (const auto& l : m.leaders()) {
        Leader leader { qstr(l.id()), {},
            { qstr(l.name()), {}, qbytes(l.sign_key()), qbytes(l.box_key()),
                qbytes(l.box_proof().edwards_key()), qbytes(l.box_proof().signature()), {},
                qbytes(l.key_signature()) } };
        for (const auto& team : l.team_ids())
            leader.teamIds.append(qstr(team));
        p.leaders.append(leader);
    }
    p.retentionYears = m.retention_years() == 0 ? 2 : int(qMin<quint32>(m.retention_years(), 100));

    if (Status s = p.validate(); !s)
        return s.error();
    if (p.version < 1)
        return Error { Error::Code::InvalidInput, Text::tr("The profile has no version.") };
    if (Status s = checkKeyHolder(p.school, Text::tr("school (HR)")); !s)
        return s.error();
    if (Status s = checkKeyHolder(p.custodian, Text::tr("custodian")); !s)
        return s.error();
    // Teachers send their files to the custodian, who cannot read them; never to HR.
    if (Status s = checkCustodianContact(p.custodian.contact); !s)
        return s.error();
    if (Status s = checkHandovers(p); !s)
        return s.error();
    if (Status s = checkLeaders(p); !s)
        return s.error();
    // The demo keys are public: only the demo school itself (all four of them) may name them, so
    // no tool reads, verifies, signs or imports a profile that mixes them with others.
    if (namesDemoKey(p) && !isDemoProfile(p))
        return usesDemoKeys();
    if (MetricLayout::forProfile(p).slotCount() > 900)
        return Error { Error::Code::InvalidInput,
            Text::tr("The profile asks for more figures than a contribution can hold (at most "
                     "300 metrics).") };
    if (p.school.signKey == p.custodian.signKey || p.school.boxKey == p.custodian.boxKey)
        return Error { Error::Code::Untrusted,
            Text::tr("The school and the custodian have the same key: the custodian must hold "
                     "a key of their own.") };
    return p;
}

} // namespace kw::exchange
