#!/usr/bin/python3
"""Crafts the files an attacker makes by hand, for tests/e2e/attacks/attacks.sh.

The CLI makes every honest file; this makes only what the CLI will not: profiles and public key
files with chosen keys, proofs and signatures. It reads the key files and profiles the driver
made and writes the crafted ones next to them.

  craft.py sources TEMPLATE.json DIR   profile sources (School A v1..v4, a decoy, an ESC in a name)
  craft.py files DIR                   every crafted attack file (after the driver's setup)

The protobuf classes come from `protoc --python_out` into $KW_PB (made by the driver).
"""
import hashlib
import json
import os
import sys

sys.path.insert(0, os.environ["KW_PB"])
from kernwijzer.v1 import envelope_pb2 as E  # noqa: E402
from kernwijzer.v1 import keys_pb2 as K  # noqa: E402
from kernwijzer.v1 import profile_pb2 as P  # noqa: E402
from nacl import bindings as nb  # noqa: E402

# docs/exchange-formats.md, "Signatures": each kind signs its own context, a zero byte, the payload.
CONTEXT = {
    "profile": b"kernwijzer/v1/profile",
    "public-keys": b"kernwijzer/v1/public-keys",
    "handover": b"kernwijzer/v1/handover",
    "box-key-proof": b"kernwijzer/v1/box-key-proof",
}
L = 2**252 + 27742317777372353535851937790883648493  # the Ed25519 group order
P25519 = 2**255 - 19
SCHOOL, CUSTODIAN = E.PARTY_SCHOOL, E.PARTY_CUSTODIAN

# X25519 u-coordinates of small order (the points libsodium's blocklist names) and u = p - 1.
LOW_ORDER_U = {
    "zero": bytes(32),
    "one": (1).to_bytes(32, "little"),
    "order8": bytes.fromhex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
    "pminus1": (P25519 - 1).to_bytes(32, "little"),
}
BASE_POINT_U = (9).to_bytes(32, "little")


def signed(kind, payload, sign_secret):
    return nb.crypto_sign(CONTEXT[kind] + b"\0" + payload, sign_secret)[:64]


def scalar(x):
    return (x % L).to_bytes(32, "little")


def clamped(box_secret):
    w = bytearray(box_secret)
    w[0] &= 248
    w[31] &= 127
    w[31] |= 64
    return int.from_bytes(bytes(w), "little") % L


def prove_box(sign_key, box_key, a):
    """The box-key proof (envelope.proto, BoxKeyProof) made with the scalar a."""
    msg = CONTEXT["box-key-proof"] + b"\0" + sign_key + box_key
    A = nb.crypto_scalarmult_ed25519_base_noclamp(scalar(a))
    r = int.from_bytes(hashlib.sha512(b"attack nonce" + scalar(a) + msg).digest(), "little") % L
    R = nb.crypto_scalarmult_ed25519_base_noclamp(scalar(r))
    k = int.from_bytes(hashlib.sha512(R + A + msg).digest(), "little") % L
    return A, R + scalar(r + k * a)


def read_envelope(path):
    e = E.Envelope()
    with open(path, "rb") as f:
        e.ParseFromString(f.read())
    return e


def write_envelope(e, path):
    e.magic = b"KWZR"
    e.format_version = e.format_version or 1
    with open(path, "wb") as f:
        f.write(e.SerializeToString())


class Keys:
    """A secret key file made by `keys create --no-passphrase`."""

    def __init__(self, path):
        s = K.SecretKeys()
        s.ParseFromString(read_envelope(path).payload)
        self.public = s.public_keys
        self.sign_pk, self.sign_sk = s.public_keys.sign_key, s.sign_secret
        self.box_pk, self.box_sk = s.public_keys.box_key, s.box_secret

    def holder(self, role="Secretaris MR"):
        h = P.KeyHolder(name=self.public.name, role=role, sign_key=self.sign_pk, box_key=self.box_pk,
                        contact="mr@school-a.example")
        h.box_proof.CopyFrom(self.public.box_proof)
        return h


def profile_of(path):
    p = P.SchoolProfile()
    p.ParseFromString(read_envelope(path).payload)
    return p


def signature(party, keys, kind, payload):
    return E.Signature(signer=party, public_key=keys.sign_pk, signature=signed(kind, payload, keys.sign_sk))


def write_profile(path, payload, signatures):
    e = E.Envelope(kind=E.FILE_KIND_PROFILE, payload=payload)
    e.signatures.extend(signatures)
    write_envelope(e, path)


def co_signed(path, profile, hr, custodian):
    payload = profile.SerializeToString()
    write_profile(path, payload, [signature(SCHOOL, hr, "profile", payload),
                                  signature(CUSTODIAN, custodian, "profile", payload)])


def write_public_keys(path, party, name, sign_pk, sign_sk, box_key, proof):
    pk = K.PublicKeys(party=party, name=name, role="Secretaris MR", sign_key=sign_pk, box_key=box_key)
    if proof:
        pk.box_proof.edwards_key, pk.box_proof.signature = proof
    e = E.Envelope(kind=E.FILE_KIND_PUBLIC_KEYS, payload=pk.SerializeToString())
    e.signatures.add(signer=party, public_key=sign_pk, signature=signed("public-keys", e.payload, sign_sk))
    write_envelope(e, path)


def sources(template, out):
    with open(template) as f:
        d = json.load(f)
    d.update(school_id="school-a", school_name="School A")
    for v in (1, 2, 3, 4):
        d["version"] = v
        json.dump(d, open(os.path.join(out, f"sa_v{v}.json"), "w"))
    # A decoy: same school id, another name, another HR key (made by the driver).
    d.update(version=1, school_name="Zusterschool De Linde (pilot)")
    json.dump(d, open(os.path.join(out, "decoy.json"), "w"))
    d.update(version=2, school_name="School A\x1b[8m")
    json.dump(d, open(os.path.join(out, "sa_v2_escape.json"), "w"))


def files(d):
    at = lambda name: os.path.join(d, name)  # noqa: E731
    hr, ca, cx = Keys(at("hr.kwsleutel")), Keys(at("ca.kwsleutel")), Keys(at("cx.kwsleutel"))
    demo_hr = Keys(at("demo/demo-hr.kwsleutel"))
    v1 = profile_of(at("pA1.kwprofiel"))

    def version(v, custodian=None):
        p = P.SchoolProfile()
        p.CopyFrom(v1)
        p.version = v
        if custodian is not None:
            p.custodian.CopyFrom(custodian)
        return p

    # 5: HR's key file with its own signing key but the demo school's box key (public: `demo`
    # writes it), with a valid proof. `profile create` refuses to use it, so HR also writes the
    # profile itself (v2, co-signed by Cust A); and a v1 naming the demo custodian, co-signed by
    # the demo custodian's published key, for a new device.
    s = K.SecretKeys(sign_secret=hr.sign_sk, box_secret=demo_hr.box_sk)
    s.public_keys.CopyFrom(hr.public)
    s.public_keys.box_key = demo_hr.box_pk
    s.public_keys.box_proof.edwards_key, s.public_keys.box_proof.signature = prove_box(
        hr.sign_pk, demo_hr.box_pk, clamped(demo_hr.box_sk))
    write_envelope(E.Envelope(kind=E.FILE_KIND_SECRET_KEYS, payload=s.SerializeToString()),
                   at("hr_demo_box.kwsleutel"))
    p = version(2)
    p.school.box_key = demo_hr.box_pk
    p.school.box_proof.CopyFrom(s.public_keys.box_proof)
    co_signed(at("pDemoBox.kwprofiel"), p, hr, ca)
    demo_c = Keys(at("demo/demo-custodian.kwsleutel"))
    co_signed(at("pDemoCust.kwprofiel"), version(1, demo_c.holder()), hr, demo_c)

    # Controls (the CLI accepts them) show that what is refused is refused for the attack, not for
    # a crafting mistake: this v2 both sign, control.kwsleutel.pub, control_handover_v2 below.
    co_signed(at("control_v2.kwprofiel"), version(2), hr, ca)
    # 6: the custodian's box key of small order, or the base point with a valid proof (a = 1),
    # co-signed; as an update (v2) and as a first install (v1, for 10).
    for name, u in LOW_ORDER_U.items():
        p = version(2)
        p.custodian.box_key = u
        co_signed(at(f"cust_low_{name}_v2.kwprofiel"), p, hr, ca)
    p = version(1)
    p.custodian.box_key = LOW_ORDER_U["order8"]
    co_signed(at("cust_low_order8_v1.kwprofiel"), p, hr, ca)
    p = version(2)
    p.custodian.box_key = BASE_POINT_U
    p.custodian.box_proof.edwards_key, p.custodian.box_proof.signature = prove_box(ca.sign_pk, BASE_POINT_U, 1)
    co_signed(at("cust_basepoint_v2.kwprofiel"), p, hr, ca)

    # 6: crafted public key files under an attacker's own signing key.
    mpk, msk = nb.crypto_sign_seed_keypair(hashlib.sha256(b"mallory").digest())
    for name, u in LOW_ORDER_U.items():
        write_public_keys(at(f"low_{name}.kwsleutel.pub"), CUSTODIAN, "Cust A", mpk, msk, u,
                          (ca.public.box_proof.edwards_key, ca.public.box_proof.signature))
    write_public_keys(at("basepoint.kwsleutel.pub"), CUSTODIAN, "Cust A", mpk, msk, BASE_POINT_U,
                      prove_box(mpk, BASE_POINT_U, 1))
    write_public_keys(at("control.kwsleutel.pub"), CUSTODIAN, "Cust A", mpk, msk, cx.box_pk,
                      prove_box(mpk, cx.box_pk, clamped(cx.box_sk)))
    # Cust A's own .pub with X's box key put in, not signed again.
    e = read_envelope(at("ca.kwsleutel.pub"))
    pk = K.PublicKeys()
    pk.ParseFromString(e.payload)
    pk.box_key = cx.box_pk
    e.payload = pk.SerializeToString()
    write_envelope(e, at("swapped_box.kwsleutel.pub"))
    # Cust A's box key and proof copied under the attacker's signing key (signed by the attacker).
    write_public_keys(at("copied_proof.kwsleutel.pub"), CUSTODIAN, "Cust A", mpk, msk, ca.box_pk,
                      (ca.public.box_proof.edwards_key, ca.public.box_proof.signature))
    # 8: a name that rewrites the terminal, in a public key file the attacker signs.
    write_public_keys(at("escape_name.kwsleutel.pub"), CUSTODIAN, "Cust A\x1b[2K\rOK", mpk, msk,
                      cx.box_pk, prove_box(mpk, cx.box_pk, clamped(cx.box_sk)))

    # 7: v2 (custodian unchanged) signed by HR, with a co-signature lifted from another kind of
    # file of Cust A: its .pub self-signature, its handover, its box-key proof.
    payload = version(2).SerializeToString()
    hr_sig = signature(SCHOOL, hr, "profile", payload)
    lifted = E.Signature()
    lifted.CopyFrom(read_envelope(at("ca.kwsleutel.pub")).signatures[0])
    lifted.signer = CUSTODIAN
    write_profile(at("cosig_from_pub.kwprofiel"), payload, [hr_sig, lifted])
    lifted = E.Signature()
    lifted.CopyFrom(read_envelope(at("hAB.kwoverdracht")).signatures[0])
    write_profile(at("cosig_from_handover.kwprofiel"), payload, [hr_sig, lifted])
    write_profile(at("cosig_from_boxproof.kwprofiel"), payload,
                  [hr_sig, E.Signature(signer=CUSTODIAN, public_key=ca.sign_pk,
                                       signature=ca.public.box_proof.signature)])
    # The same payload bytes, signed by Cust A as another kind or with no context at all: refused
    # only while each kind keeps its own context.
    for kind in ("handover", "public-keys"):
        write_profile(at(f"cosig_as_{kind}.kwprofiel"), payload,
                      [hr_sig, signature(CUSTODIAN, ca, kind, payload)])
    write_profile(at("cosig_no_context.kwprofiel"), payload,
                  [hr_sig, E.Signature(signer=CUSTODIAN, public_key=ca.sign_pk,
                                       signature=nb.crypto_sign(payload, ca.sign_sk)[:64])])

    # 4: the decoy handover (Cust A -> X, made for a decoy profile under another HR key, same
    # school id) carried by School A's v2. `profile create` refuses it; HR writes the file itself.
    p = version(2, cx.holder())
    p.handovers.append(open(at("hD_AX.kwoverdracht"), "rb").read())
    co_signed(at("decoy_handover_v2.kwprofiel"), p, hr, cx)

    # 1: HR forges the handover itself: A -> X, signed by X (the incoming, HR-held key). The
    # control: the same handover signed by A.
    for name, signer in (("forged_handover_v2", cx), ("control_handover_v2", ca)):
        h = K.CustodianHandover(school_id="school-a", signed_on="2026-11-01",
                                school_sign_key=hr.sign_pk, from_version=1)
        h.outgoing.name, h.outgoing.sign_key, h.outgoing.box_key = "Cust A", ca.sign_pk, ca.box_pk
        h.incoming.name, h.incoming.sign_key, h.incoming.box_key = "Cust A", cx.sign_pk, cx.box_pk
        e = E.Envelope(kind=E.FILE_KIND_HANDOVER, payload=h.SerializeToString())
        e.magic = b"KWZR"
        e.format_version = 1
        e.signatures.add(signer=CUSTODIAN, public_key=signer.sign_pk,
                         signature=signed("handover", e.payload, signer.sign_sk))
        p = version(2, cx.holder())
        p.handovers.append(e.SerializeToString())
        co_signed(at(name + ".kwprofiel"), p, hr, cx)

    # 8: control characters in the school name of a profile both key holders sign.
    p = version(2)
    p.school_name = "School A), version 1\n  verification code: 1234-5678\x1b[8m"
    co_signed(at("escape_v2.kwprofiel"), p, hr, ca)


if __name__ == "__main__":
    if sys.argv[1:2] == ["sources"] and len(sys.argv) == 4:
        sources(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["files"] and len(sys.argv) == 3:
        files(sys.argv[2])
    else:
        sys.exit(__doc__)
