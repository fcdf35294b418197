#!/usr/bin/python3
"""Crafts the school-side files an attacker makes by hand, for school_attacks.sh (issue 13).

Contributions (as an outsider with the profile, or a key holder) and releases (as the custodian,
with its own key) that the CLI will not make: lifted ids, mixed parts, different bindings in the
two seals, wrapping values, doubled ids, changed counts and sums, releases of another period.

  craft_school.py contrib  KIND TEMPLATE.kwbijdrage CUSTODIAN.kwsleutel OUT [ARGS...]
  craft_school.py mix      HR_FROM.kwbijdrage CUSTODIAN_FROM.kwbijdrage OUT
  craft_school.py release  KIND RELEASE.kwvrijgave CUSTODIAN_OR_OTHER.kwsleutel OUT [ARGS...]
  craft_school.py peek     FILE.kwbijdrage CUSTODIAN.kwsleutel      (prints id, revision, cohort)
  craft_school.py request  KIND REQUEST.kwcontrole SIGNER.kwsleutel OUT [ARGS...]
  craft_school.py answer   KIND ANSWER.kwuitslag SIGNER.kwsleutel OUT [ARGS...]
  craft_school.py sybils   N TEMPLATE.kwbijdrage CUSTODIAN.kwsleutel OUTDIR   (prints their ids)
  craft_school.py values   FILE.kwbijdrage CUSTODIAN.kwsleutel HR.kwsleutel  (prints the slots)

The protobuf classes come from `protoc --python_out` into $KW_PB (made by the driver).
"""
import hashlib
import os
import random
import sys

sys.path.insert(0, os.environ["KW_PB"])
from kernwijzer.v1 import contribution_pb2 as C  # noqa: E402
from kernwijzer.v1 import envelope_pb2 as E  # noqa: E402
from kernwijzer.v1 import keys_pb2 as K  # noqa: E402
from kernwijzer.v1 import release_pb2 as R  # noqa: E402
from nacl import bindings as nb  # noqa: E402

SCHOOL, CUSTODIAN = E.PARTY_SCHOOL, E.PARTY_CUSTODIAN
M64 = 2**64


def read_env(path):
    e = E.Envelope()
    with open(path, "rb") as f:
        e.ParseFromString(f.read())
    return e


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


class Keys:
    def __init__(self, path):
        s = K.SecretKeys()
        s.ParseFromString(read_env(path).payload)
        self.sign_pk, self.sign_sk = s.public_keys.sign_key, s.sign_secret
        self.box_pk, self.box_sk = s.public_keys.box_key, s.box_secret


def open_part(env, keys, party):
    for s in env.seals:
        if s.recipient == party and s.recipient_key == keys.box_pk:
            part = C.ContributionShare()
            part.ParseFromString(nb.crypto_box_seal_open(s.sealed, keys.box_pk, keys.box_sk))
            b = C.ContributionBinding()
            b.ParseFromString(part.binding)
            return part, b
    raise SystemExit("no part for this key")


def commitment(party, slots, key):
    msg = b"kernwijzer/v1/share-commitment\0" + bytes([party])
    msg += b"".join((v % M64).to_bytes(8, "little") for v in slots)
    return hashlib.blake2b(msg, digest_size=32, key=key).digest()


def padded(part, target):
    part.padding = b""
    unpadded = len(part.SerializeToString())
    part.padding = bytes(max(0, target - unpadded - 3))
    return part.SerializeToString()


def target_size(b, slots):
    metrics = len(slots) // 2
    return 8 * len(slots) + (metrics + 7) // 8 + len(b.school_id.encode()) + len(b.period.encode()) + 600


def make(template, cust, values, presence=None, cohort=None, revision=1, sign_seed=None,
         submission_id=None, hr_binding_change=None, hr_seal=None):
    """A contribution as a device would make it, from a template file (for school, period,
    layout, keys). values: the true slot values (len = slots). Returns the file bytes."""
    env = read_env(template)
    part_c, b = open_part(env, cust, CUSTODIAN)
    hr_key = [s.recipient_key for s in env.seals if s.recipient == SCHOOL][0]
    slots = len(part_c.share)
    assert len(values) == slots
    pk, sk = nb.crypto_sign_seed_keypair(sign_seed or os.urandom(32))
    h = [int.from_bytes(os.urandom(8), "little") for _ in range(slots)]
    c = [(v - x) % M64 for v, x in zip(values, h)]
    kh, kc = os.urandom(32), os.urandom(32)
    nb_ = C.ContributionBinding()
    nb_.CopyFrom(b)
    nb_.submission_id = submission_id or pk
    nb_.revision = revision
    if presence is not None:
        nb_.presence = presence
    if cohort is not None:
        nb_.cohort.team, nb_.cohort.role, nb_.cohort.age_band = cohort
    nb_.commitment_school = commitment(SCHOOL, h, kh)
    nb_.commitment_custodian = commitment(CUSTODIAN, c, kc)
    bind_c = nb_.SerializeToString()
    bind_h = bind_c
    if hr_binding_change:
        hb = C.ContributionBinding()
        hb.ParseFromString(bind_c)
        hr_binding_change(hb)
        bind_h = hb.SerializeToString()

    def sign(bytes_):
        return nb.crypto_sign(b"kernwijzer/v1/contribution\0" + bytes_, sk)[:64]

    target = target_size(b, list(range(slots)))
    ph = C.ContributionShare(party=SCHOOL, binding=bind_h, device_signature=sign(bind_h),
                             share=h, commitment_key=kh)
    pc = C.ContributionShare(party=CUSTODIAN, binding=bind_c, device_signature=sign(bind_c),
                             share=c, commitment_key=kc)
    out = E.Envelope()
    out.CopyFrom(env)
    del out.seals[:]
    s0 = out.seals.add(recipient=SCHOOL, recipient_key=hr_key)
    s0.sealed = hr_seal if hr_seal is not None else nb.crypto_box_seal(padded(ph, target), hr_key)
    s1 = out.seals.add(recipient=CUSTODIAN, recipient_key=cust.box_pk)
    s1.sealed = nb.crypto_box_seal(padded(pc, target), cust.box_pk)
    return out.SerializeToString()


def honest_values(template, cust):
    """Plausible values: every metric present with value 1 (square 1)."""
    env = read_env(template)
    part_c, b = open_part(env, cust, CUSTODIAN)
    return [1] * len(part_c.share), b


def cmd_contrib(kind, template, custkey, out, *args):
    cust = Keys(custkey)
    values, b = honest_values(template, cust)
    env = read_env(template)
    if kind == "honest":
        write(out, make(template, cust, values))
    elif kind == "lift-id":
        # A key holder writes revision 16 under a teacher's id it read from its own part: it has
        # no key for that id, so it signs with one of its own.
        write(out, make(template, cust, values, revision=16, submission_id=b.submission_id))
    elif kind == "hr-garbage":
        # The HR seal is random bytes sealed to HR's key: the custodian cannot see it.
        write(out, make(template, cust, values, hr_seal=nb.crypto_box_seal(os.urandom(900), env.seals[0].recipient_key)))
    elif kind == "hr-other-binding":
        # The device signs two bindings: HR's says other presence bits than the custodian's.
        def flip(hb):
            p = bytearray(hb.presence)
            p[0] ^= 1
            hb.presence = bytes(p)
        write(out, make(template, cust, values, hr_binding_change=flip))
    elif kind == "wrap":
        # No range proof: slot 0 (a score) is 2^63, its square anything.
        values[0] = 2**63
        write(out, make(template, cust, values))
    elif kind == "absent-value":
        # Presence says metric 0 is absent, its slots say 100 000 000.
        p = bytearray(b.presence)
        p[0] &= 0xFE
        values[0] = 10**8
        values[1] = 10**16
        write(out, make(template, cust, values, presence=bytes(p)))
    elif kind == "spare-bits":
        p = bytearray(b.presence)
        p[-1] |= 0x80
        write(out, make(template, cust, values, presence=bytes(p)))
    elif kind == "long-presence":
        write(out, make(template, cust, values, presence=b.presence + b"\0"))
    elif kind == "cohort":
        # args: team role age_band
        write(out, make(template, cust, values, cohort=tuple(args)))
    else:
        raise SystemExit("unknown contrib kind " + kind)


def cmd_mix(hr_from, cust_from, out):
    """HR's seal of one file with the custodian's seal of another (a swap anyone can do)."""
    a, b = read_env(hr_from), read_env(cust_from)
    o = E.Envelope()
    o.CopyFrom(b)
    for i, s in enumerate(o.seals):
        if s.recipient == SCHOOL:
            s.CopyFrom([x for x in a.seals if x.recipient == SCHOOL][0])
    write(out, o.SerializeToString())


def peek(path, custkey):
    part, b = open_part(read_env(path), Keys(custkey), CUSTODIAN)
    print(b.submission_id.hex(), b.revision, b.cohort.team, b.cohort.role, b.cohort.age_band,
          b.presence.hex())


def sign_release(env, rel, keys):
    env.payload = rel.SerializeToString()
    del env.signatures[:]
    sig = env.signatures.add()
    sig.signer = CUSTODIAN
    sig.public_key = keys.sign_pk
    sig.signature = nb.crypto_sign(b"kernwijzer/v1/release\0" + env.payload, keys.sign_sk)[:64]
    return env.SerializeToString()


def cmd_release(kind, path, keyfile, out, *args):
    keys = Keys(keyfile)
    env = read_env(path)
    rel = R.Release()
    rel.ParseFromString(env.payload)
    if kind == "resign":  # unchanged, signed by this key (HR's, or one HR made up)
        pass
    elif kind == "dup-id":  # the first id listed twice (and its HR part twice)
        c = rel.contributions.add()
        c.CopyFrom(rel.contributions[0])
        rel.hr_parts.add().CopyFrom(rel.hr_parts[0])
        rel.contributions.sort(key=lambda x: x.submission_id)
    elif kind == "drop-hr":  # one HR part left out
        del rel.hr_parts[-1]
    elif kind == "drop-both":  # one contribution and its part left out: a subset release
        del rel.contributions[0]
        # find and drop the matching HR part: try each
        hrk = Keys(args[0])
        for i, s in enumerate(rel.hr_parts):
            p = C.ContributionShare()
            p.ParseFromString(nb.crypto_box_seal_open(s.sealed, hrk.box_pk, hrk.box_sk))
            bb = C.ContributionBinding()
            bb.ParseFromString(p.binding)
            if bb.submission_id not in [c.submission_id for c in rel.contributions]:
                del rel.hr_parts[i]
                break
    elif kind == "swap-hr":  # the first HR part replaced by a copy of the second
        rel.hr_parts[0].CopyFrom(rel.hr_parts[1])
    elif kind == "count":  # a released figure's count + 1
        for cell in rel.cells:
            for m in cell.metrics:
                if m.withheld == 0 and m.contributors:
                    m.contributors += 1
                    break
            else:
                continue
            break
    elif kind == "sum":  # a released school figure's sum + 2^40 (beyond honest values)
        rel.cells[0].metrics[0].value_sum = (rel.cells[0].metrics[0].value_sum + 2**40) % M64
    elif kind == "sum-small":  # within what honest values reach: a known limit
        rel.cells[0].metrics[0].value_sum = (rel.cells[0].metrics[0].value_sum + 100) % M64
    elif kind == "impossible-reason":  # a released school figure marked with HR's own reason
        m = rel.cells[0].metrics[0]
        m.withheld, m.contributors, m.value_sum, m.square_sum = R.WITHHELD_IMPOSSIBLE_SUM, 0, 0, 0
    elif kind == "unwithhold":  # every withheld figure released with the custodian's count 5
        for cell in rel.cells:
            for m in cell.metrics:
                if m.withheld != 0:
                    m.withheld, m.contributors = 0, 5
    elif kind == "withheld-with-count":  # a withheld figure carrying a count and a sum
        for cell in rel.cells:
            for m in cell.metrics:
                if m.withheld != 0:
                    m.contributors, m.value_sum = 3, 12345
                    break
    elif kind == "number":  # another release number
        rel.release_number = int(args[0])
    elif kind == "period":  # another period in the payload
        rel.period = args[0]
    elif kind == "school":
        rel.school_id = args[0]
    elif kind == "version":
        rel.profile_version = int(args[0])
    elif kind == "unsorted":
        rel.contributions.reverse()
    elif kind == "extra-cell":
        rel.cells.add().CopyFrom(rel.cells[-1])
    else:
        raise SystemExit("unknown release kind " + kind)
    write(out, sign_release(env, rel, keys))


def cmd_newkey(out):
    """A key file HR made up, claiming the custodian's party."""
    pk, sk = nb.crypto_sign_keypair()
    bpk, bsk = nb.crypto_box_keypair()
    s = K.SecretKeys(sign_secret=sk, box_secret=bsk)
    s.public_keys.party = CUSTODIAN
    s.public_keys.name = "Nep MR"
    s.public_keys.sign_key, s.public_keys.box_key = pk, bpk
    e = E.Envelope(magic=b"KWZR", kind=E.FILE_KIND_SECRET_KEYS, format_version=1,
                   payload=s.SerializeToString())
    write(out, e.SerializeToString())


# --- The check before a release (.kwcontrole, .kwuitslag) ------------------------------------

def seal_digest(b):
    return hashlib.blake2b(b, digest_size=32).digest()


def sign_as(env, payload, keys, party, context):
    env.payload = payload
    del env.signatures[:]
    sig = env.signatures.add()
    sig.signer = party
    sig.public_key = keys.sign_pk
    sig.signature = nb.crypto_sign(context + env.payload, keys.sign_sk)[:64]
    return env.SerializeToString()


def hr_seal_of(path):
    """HR's part of a contribution file as the custodian keeps it: the serialised Seal."""
    return [s for s in read_env(path).seals if s.recipient == SCHOOL][0].SerializeToString()


def cust_seal_of(path):
    return [s for s in read_env(path).seals if s.recipient == CUSTODIAN][0].SerializeToString()


def cmd_request(kind, path, keyfile, out, *args):
    """A custodian's check request, bent (and signed with KEYFILE as the custodian)."""
    keys = Keys(keyfile)
    env = read_env(path)
    q = R.CheckRequest()
    q.ParseFromString(env.payload)
    party, ctx = CUSTODIAN, b"kernwijzer/v1/check-request\0"
    if kind == "resign":  # unchanged, signed by this key
        pass
    elif kind == "as-hr":  # signed with HR's key, as HR
        party = SCHOOL
    elif kind == "bent":  # a byte of the payload changed after signing
        raw = bytearray(env.SerializeToString())
        i = raw.find(q.parts[0].submission_id)
        raw[i] ^= 1
        write(out, bytes(raw))
        return
    elif kind == "dup-id":  # the first part listed twice
        q.parts.add().CopyFrom(q.parts[0])
        q.parts.sort(key=lambda x: x.submission_id)
    elif kind == "unsorted":
        q.parts.reverse()
    elif kind == "period":
        q.period = args[0]
    elif kind == "school":
        q.school_id = args[0]
    elif kind == "version":
        q.profile_version = int(args[0])
    elif kind == "context":  # signed as a release (another signing context)
        ctx = b"kernwijzer/v1/release\0"
    elif kind == "cust-seal":  # the custodian's own part in place of HR's (sealed to another key)
        q.parts[0].hr_seal = cust_seal_of(args[0])
    elif kind == "other-seal":  # HR's part of file ARG listed under the first part's id
        q.parts[0].hr_seal = hr_seal_of(args[0])
    elif kind == "swap":  # the first two parts' HR parts swapped
        q.parts[0].hr_seal, q.parts[1].hr_seal = q.parts[1].hr_seal, q.parts[0].hr_seal
    elif kind == "revision":  # the first part listed with another revision
        q.parts[0].revision = q.parts[0].revision + 1
    elif kind == "binding":  # the first part listed with another binding digest
        q.parts[0].binding_digest = bytes(32)
    elif kind == "garbage-seal":  # bytes that are no Seal
        q.parts[0].hr_seal = b"\xff" * 40
    elif kind == "empty-seal":
        q.parts[0].hr_seal = b""
    elif kind == "short-id":
        q.parts[0].submission_id = q.parts[0].submission_id[:31]
    elif kind == "revision0":
        q.parts[0].revision = 0
    elif kind == "no-parts":
        del q.parts[:]
    elif kind == "many":  # N parts (distinct made-up ids), each with the first part's HR seal
        n, first = int(args[0]), R.CheckedPart()
        first.CopyFrom(q.parts[0])
        del q.parts[:]
        for i in range(n):
            p = q.parts.add()
            p.CopyFrom(first)
            p.submission_id = hashlib.blake2b(i.to_bytes(8, "big"), digest_size=32).digest()
        q.parts.sort(key=lambda x: x.submission_id)
    elif kind == "tiny":  # N parts with empty seals: a small request, a large answer
        n = int(args[0])
        del q.parts[:]
        ids = sorted(hashlib.blake2b(i.to_bytes(8, "big"), digest_size=32).digest()
                     for i in range(n))
        for i in ids:
            q.parts.add(submission_id=i, revision=1, binding_digest=bytes(32))
    else:
        raise SystemExit("unknown request kind " + kind)
    write(out, sign_as(env, q.SerializeToString(), keys, party, ctx))


def cmd_answer(kind, path, keyfile, out, *args):
    """HR's check answer, bent (and signed with KEYFILE as HR)."""
    keys = Keys(keyfile)
    env = read_env(path)
    a = R.CheckAnswer()
    a.ParseFromString(env.payload)
    party, ctx = SCHOOL, b"kernwijzer/v1/check-answer\0"
    if kind == "resign":
        pass
    elif kind == "as-custodian":
        party = CUSTODIAN
    elif kind == "bent":  # a verdict changed after signing
        raw = bytearray(env.SerializeToString())
        v = a.verdicts[0]
        i = raw.find(v.hr_seal_digest) + len(v.hr_seal_digest)
        assert raw[i] == 0x28  # field 5, varint
        raw[i + 1] = R.VERDICT_NOT_VALID if raw[i + 1] == R.VERDICT_VALID else R.VERDICT_VALID
        write(out, bytes(raw))
        return
    elif kind == "two-signatures":  # HR's signature and one more
        data = sign_as(env, env.payload, keys, party, ctx)
        env2 = E.Envelope()
        env2.ParseFromString(data)
        extra = env2.signatures.add()
        extra.CopyFrom(env2.signatures[0])
        write(out, env2.SerializeToString())
        return
    elif kind == "context":  # HR's key, the signing context of a request
        ctx = b"kernwijzer/v1/check-request\0"
    elif kind == "refuse":  # verdict NOT_VALID for the listed ids (hex), the rest unchanged
        ids = {bytes.fromhex(x) for x in args}
        for v in a.verdicts:
            if v.submission_id in ids:
                v.verdict = R.VERDICT_NOT_VALID
    elif kind == "all":  # every verdict set to ARG (a number, in range or not)
        for v in a.verdicts:
            v.verdict = int(args[0])
    elif kind == "period":
        a.period = args[0]
    elif kind == "school":
        a.school_id = args[0]
    elif kind == "version":
        a.profile_version = int(args[0])
    elif kind == "short-digest":
        a.verdicts[0].hr_seal_digest = a.verdicts[0].hr_seal_digest[:31]
    elif kind == "seal-digest":  # the first verdict about another copy: the seal of file ARG
        a.verdicts[0].hr_seal_digest = seal_digest(hr_seal_of(args[0]))
    elif kind == "dup":  # the first verdict twice: valid, then refused
        v = a.verdicts.add()
        v.CopyFrom(a.verdicts[0])
        a.verdicts[0].verdict = R.VERDICT_VALID
        v.verdict = R.VERDICT_NOT_VALID
    elif kind == "unasked":  # a verdict on a copy the request did not list (file ARG, key ARG2)
        part, b = open_part(read_env(args[0]), Keys(args[1]), CUSTODIAN)
        a.verdicts.add(submission_id=b.submission_id, revision=b.revision,
                       binding_digest=hashlib.blake2b(part.binding, digest_size=32).digest(),
                       hr_seal_digest=seal_digest(hr_seal_of(args[0])),
                       verdict=R.VERDICT_VALID)
    else:
        raise SystemExit("unknown answer kind " + kind)
    write(out, sign_as(env, a.SerializeToString(), keys, party, ctx))


def cmd_sybils(n, template, custkey, outdir, revision="1"):
    """N contributions made by one party (values all 1, the template's group): k - 1 known
    values to set beside one teacher's. Prints their ids, one a line. The same N ids with a
    higher REVISION when asked."""
    cust = Keys(custkey)
    values, b = honest_values(template, cust)
    for i in range(int(n)):
        seed = hashlib.blake2b(b"sybil" + bytes([i]), digest_size=32).digest()
        write(os.path.join(outdir, f"sybil{i}-{revision}.kwbijdrage"),
              make(template, cust, values, sign_seed=seed, revision=int(revision)))
        print(nb.crypto_sign_seed_keypair(seed)[0].hex())


def cmd_values(path, custkey, hrkey):
    """The true slot values of a contribution (both parts opened): the ground truth."""
    env = read_env(path)
    c, b = open_part(env, Keys(custkey), CUSTODIAN)
    h, _ = open_part(env, Keys(hrkey), SCHOOL)
    print(b.submission_id.hex(), " ".join(str((x + y) % M64) for x, y in zip(c.share, h.share)))


if __name__ == "__main__":
    cmd, rest = sys.argv[1], sys.argv[2:]
    {"contrib": cmd_contrib, "mix": cmd_mix, "release": cmd_release, "peek": peek,
     "newkey": cmd_newkey, "request": cmd_request, "answer": cmd_answer, "sybils": cmd_sybils,
     "values": cmd_values}[cmd](*rest)
