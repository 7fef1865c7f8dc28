"""Peer of the tabular training comparison: the workbench's MLP in PyTorch from Python.

Reads the CSV with pandas, standardises the numeric features, splits 65/15/20 with a seeded
shuffle (as the workbench does), and trains an MLP (ReLU between linear layers) with Adam
(learning rate 0.003, L2 weight decay 0.01, the workbench's defaults) for the given epochs.
Prints one JSON line: steady rows/s (median over epochs after the first, which is warm-up),
the whole run's seconds and the test accuracy.

    /usr/bin/python3 peer_tabular_train.py FILE TARGET --hidden 128,64 --batch 64 --epochs 10
"""
import argparse, json, statistics, sys, time

t0 = time.perf_counter()
import numpy as np
import pandas as pd
import torch

p = argparse.ArgumentParser()
p.add_argument("file"); p.add_argument("target")
p.add_argument("--hidden", default="64,32"); p.add_argument("--batch", type=int, default=64)
p.add_argument("--epochs", type=int, default=10); p.add_argument("--threads", type=int, default=1)
p.add_argument("--seed", type=int, default=42)
a = p.parse_args()
torch.set_num_threads(a.threads)
torch.manual_seed(a.seed)

frame = pd.read_csv(a.file)
labels, y_all = np.unique(frame.pop(a.target).astype(str).to_numpy(), return_inverse=True)
x_all = frame.to_numpy(dtype=np.float32)
order = np.random.default_rng(a.seed).permutation(len(x_all))
n_test, n_val = int(len(x_all) * 0.2), int(len(x_all) * 0.15)
test, val, train = order[:n_test], order[n_test:n_test + n_val], order[n_test + n_val:]
mean, std = x_all[train].mean(0), x_all[train].std(0) + 1e-12
x_all = (x_all - mean) / std
xt, yt = torch.from_numpy(x_all[train]), torch.from_numpy(y_all[train].astype(np.int64))
xv, yv = torch.from_numpy(x_all[val]), torch.from_numpy(y_all[val].astype(np.int64))
xs, ys = torch.from_numpy(x_all[test]), torch.from_numpy(y_all[test].astype(np.int64))

layers, width = [], x_all.shape[1]
for units in [int(u) for u in a.hidden.split(",") if u]:
    layers += [torch.nn.Linear(width, units), torch.nn.ReLU()]
    width = units
layers.append(torch.nn.Linear(width, len(labels)))
net = torch.nn.Sequential(*layers)
opt = torch.optim.Adam(net.parameters(), lr=0.003, weight_decay=0.01)
loss_fn = torch.nn.CrossEntropyLoss()

rates = []
for epoch in range(a.epochs):
    start = time.perf_counter()
    perm = torch.randperm(len(xt))
    net.train()
    for lo in range(0, len(xt), a.batch):
        idx = perm[lo:lo + a.batch]
        opt.zero_grad()
        loss = loss_fn(net(xt[idx]), yt[idx])
        loss.backward()
        opt.step()
        loss.item()  # the workbench reads every batch's loss for its progress
    rates.append(len(xt) / (time.perf_counter() - start))
    net.eval()
    with torch.no_grad():
        loss_fn(net(xv), yv).item()  # a validation pass per epoch, as the workbench does
with torch.no_grad():
    accuracy = (net(xs).argmax(1) == ys).float().mean().item()
print(json.dumps({"rows_per_s": statistics.median(rates[1:] or rates), "min": min(rates[1:] or rates),
                  "max": max(rates[1:] or rates), "seconds": time.perf_counter() - t0,
                  "test_accuracy": accuracy}))
