# -*- coding: utf-8 -*-
"""Spread clients over categories so that every label uses every client in the same proportions.

Rows = categories (with message counts), columns = clients (with target totals per label).
Affinity weights say which clients plausibly carry which category (0 = never).  The fitted matrix is
rounded with a convex min-cost flow so that both margins are met exactly."""
import math


def ipf(aff, rows, cols, iters=200):
    R, K = len(rows), len(cols)
    m = [[float(aff[i][k]) for k in range(K)] for i in range(R)]
    for _ in range(iters):
        for i in range(R):
            s = sum(m[i])
            if s:
                m[i] = [x * rows[i] / s for x in m[i]]
        for k in range(K):
            s = sum(m[i][k] for i in range(R))
            if s:
                for i in range(R):
                    m[i][k] *= cols[k] / s
    return m


def round_flow(fit, rows, cols, aff):
    """min-cost flow with convex (quadratic) cell costs; successive shortest paths with Bellman-Ford."""
    R, K = len(rows), len(cols)
    N = 2 + R + K
    S, T = 0, N - 1
    graph = [[] for _ in range(N)]

    def add(u, v, cap, cost):
        graph[u].append([v, cap, cost, len(graph[v])])
        graph[v].append([u, 0, -cost, len(graph[u]) - 1])

    for i in range(R):
        add(S, 1 + i, rows[i], 0)
    for k in range(K):
        add(1 + R + k, T, cols[k], 0)
    for i in range(R):
        for k in range(K):
            if aff[i][k] <= 0:
                continue
            f = fit[i][k]
            for j in range(1, rows[i] + 1):
                c = (j - f) ** 2 - (j - 1 - f) ** 2
                add(1 + i, 1 + R + k, 1, int(round(c * 1000)))
    flow = 0
    total = sum(rows)
    while flow < total:
        dist = [math.inf] * N
        prev = [None] * N
        dist[S] = 0
        for _ in range(N):
            upd = False
            for u in range(N):
                if dist[u] == math.inf:
                    continue
                for idx, (v, cap, cost, rev) in enumerate(graph[u]):
                    if cap > 0 and dist[u] + cost < dist[v]:
                        dist[v] = dist[u] + cost
                        prev[v] = (u, idx)
                        upd = True
            if not upd:
                break
        if dist[T] == math.inf:
            raise RuntimeError("no feasible client assignment")
        v = T
        while v != S:
            u, idx = prev[v]
            graph[u][idx][1] -= 1
            rv = graph[u][idx][0]
            graph[v][graph[u][idx][3]][1] += 1
            v = u
        flow += 1
    X = [[0] * K for _ in range(R)]
    for i in range(R):
        for v, cap, cost, rev in graph[1 + i]:
            if 1 + R <= v < 1 + R + K and cap == 0 and cost != 0 or (1 + R <= v < 1 + R + K and cap == 0):
                X[i][v - 1 - R] += 1
    return X


def assign(cats, clients, targets):
    """cats: list of (name, count, {client: weight}); returns {cat: {client: n}}"""
    rows = [c[1] for c in cats]
    cols = [targets[k] for k in clients]
    assert sum(rows) == sum(cols), (sum(rows), sum(cols))
    aff = [[c[2].get(k, 0) for k in clients] for c in cats]
    fit = ipf(aff, rows, cols)
    X = round_flow(fit, rows, cols, aff)
    out = {}
    for i, c in enumerate(cats):
        out[c[0]] = {clients[k]: X[i][k] for k in range(len(clients)) if X[i][k]}
        assert sum(out[c[0]].values()) == c[1], (c[0], out[c[0]])
    for k, cl in enumerate(clients):
        assert sum(X[i][k] for i in range(len(cats))) == cols[k], cl
    return out
