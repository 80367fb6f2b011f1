#!/usr/bin/env python3
"""Independent golden values for the ENCALS survival model (Westeneng 2018).

Written from the published formulas (coefficients and Royston-Parmar spline as in the public
ENCALS/TRICALS R code, rpavaneijk/Precision-ALS `ENCALS risk modelling.R`), with its bugs fixed:
the kmax term is cubed, the median is a root (bisection), and survival can be conditioned on
being event-free at the assessment time. Python standard library only; no code shared with the
TypeScript implementation.

Run:  python3 encals_golden.py > encals-golden.json
"""
import json
import math

BETAS = {
    # Lancet 2018 model, 8 predictors (with C9orf72)
    "encals8": {"dfs": -1.837, "delay": -2.373, "age": -0.267, "vc": 0.477,
                "bulbar": 0.269, "definite": 0.233, "ftd": 0.388, "c9": 0.256},
    # TRICALS risk profile, 7 predictors (no C9orf72)
    "tricals7": {"dfs": -1.839, "delay": -2.376, "age": -0.264, "vc": 0.474,
                 "bulbar": 0.271, "definite": 0.238, "ftd": 0.415},
}
G0, G1, G2, G3 = -6.409, 2.643, -0.546, 0.585
KMIN, K1, K2, KMAX = 0.081, 3.108, 3.638, 5.917
LAM1 = (KMAX - K1) / (KMAX - KMIN)
LAM2 = (KMAX - K2) / (KMAX - KMIN)


def pos3(u):
    return u ** 3 if u > 0 else 0.0


def spline(x):
    v1 = pos3(x - K1) - LAM1 * pos3(x - KMIN) - (1 - LAM1) * pos3(x - KMAX)
    v2 = pos3(x - K2) - LAM2 * pos3(x - KMIN) - (1 - LAM2) * pos3(x - KMAX)
    return G0 + G1 * x + G2 * v1 + G3 * v2


def spline_peer_bug(x):
    """The peer code's version: (1 - lambda) * max(x - kmax, 0) without the cube."""
    p = lambda u: u if u > 0 else 0.0
    v1 = pos3(x - K1) - LAM1 * pos3(x - KMIN) - (1 - LAM1) * p(x - KMAX)
    v2 = pos3(x - K2) - LAM2 * pos3(x - KMIN) - (1 - LAM2) * p(x - KMAX)
    return G0 + G1 * x + G2 * v1 + G3 * v2


def survival(t, lp):
    return 1.0 / (1.0 + math.exp(spline(math.log(t)) + lp))


def terms(p):
    return {
        "dfs": (p["dfs"] + 0.1) ** -0.5,
        "delay": (p["delay"] / 10) ** -0.5 + math.log(p["delay"] / 10),
        "age": (p["age"] / 100) ** -2,
        "vc": (p["vc"] / 100) ** -1 + (p["vc"] / 100) ** -0.5,
        "bulbar": float(p["bulbar"]),
        "definite": float(p["definite"]),
        "ftd": float(p["ftd"]),
        "c9": float(p.get("c9", 0)),
    }


def linear_predictor(p, model):
    t = terms(p)
    return sum(b * t[k] for k, b in BETAS[model].items())


def solve_time(target_survival, lp):
    """Time from onset (months) where S(t) = target, by bisection on ln t."""
    lo, hi = math.log(1e-3), math.log(1e5)
    for _ in range(200):
        mid = (lo + hi) / 2
        if survival(math.exp(mid), lp) > target_survival:
            lo = mid
        else:
            hi = mid
    return math.exp((lo + hi) / 2)


VECTORS = [
    {"name": "typical spinal", "dfs": 0.6, "delay": 12, "age": 60, "vc": 90,
     "bulbar": 0, "definite": 0, "ftd": 0, "c9": 0, "tau": 13},
    {"name": "fast bulbar", "dfs": 1.5, "delay": 6, "age": 70, "vc": 70,
     "bulbar": 1, "definite": 1, "ftd": 0, "c9": 0, "tau": 7},
    {"name": "C9orf72 with FTD", "dfs": 0.9, "delay": 9, "age": 55, "vc": 85,
     "bulbar": 0, "definite": 1, "ftd": 1, "c9": 1, "tau": 10},
    {"name": "slow young", "dfs": 0.2, "delay": 24, "age": 45, "vc": 105,
     "bulbar": 0, "definite": 0, "ftd": 0, "c9": 0, "tau": 30},
    {"name": "short delay", "dfs": 2.0, "delay": 2, "age": 65, "vc": 60,
     "bulbar": 1, "definite": 0, "ftd": 0, "c9": 0, "tau": 4},
    {"name": "late assessment", "dfs": 0.5, "delay": 14, "age": 62, "vc": 80,
     "bulbar": 0, "definite": 1, "ftd": 0, "c9": 0, "tau": 48},
]


def case(v, model):
    lp = linear_predictor(v, model)
    tau = v["tau"]
    s_tau = survival(tau, lp)
    return {
        "model": model,
        "linearPredictor": lp,
        "survivalFromOnset": {str(t): survival(t, lp) for t in (12, 24, 36, 48, 60, 120)},
        "medianFromOnset": solve_time(0.5, lp),
        "tauMonths": tau,
        "survivalAtTau": s_tau,
        # P(event-free at tau + h | event-free at tau)
        "conditionalSurvival": {str(h): survival(tau + h, lp) / s_tau for h in (12, 24, 36, 60)},
        "conditionalMedianFromOnset": solve_time(0.5 * s_tau, lp),
    }


def main():
    # The baseline must rise with time for the survival curve to fall and the median to be unique.
    xs = [math.log(0.5) + i * (math.log(2000) - math.log(0.5)) / 20000 for i in range(20001)]
    monotone = all(spline(b) > spline(a) for a, b in zip(xs, xs[1:]))
    out = {
        "generatedBy": "encals_golden.py (Python standard library)",
        "lambdas": {"lambda1": LAM1, "lambda2": LAM2},
        "baselineMonotoneFrom0.5To2000Months": monotone,
        "baseline": {str(t): spline(math.log(t)) for t in (1, 6, 12, 24, 36, 60, 120, 240, 400, 600)},
        # Beyond kmax (e^5.917 = 371 months) the peer code's missing cube changes the baseline.
        "peerBugBeyondKmax": {str(t): {"correct": spline(math.log(t)), "peerCode": spline_peer_bug(math.log(t))}
                              for t in (300, 400, 600)},
        "cases": [],
    }
    for v in VECTORS:
        out["cases"].append({"input": v, "encals8": case(v, "encals8"), "tricals7": case(v, "tricals7")})
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
