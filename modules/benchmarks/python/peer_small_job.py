"""Peer of the small-job comparison: the whole job of `workbench import` + `workbench train` in one script.

Reads the CSV with pandas, splits it 65/15/20 with a seeded shuffle, standardises the features
with the training split's means and deviations, trains the workbench's default network (an MLP
with hidden widths 64 and 32, ReLU) with its default optimiser (Adam, learning rate 0.003, weight
decay 0.01) and batch size (32) for 10 epochs with a validation pass after each, on one thread,
and prints the test accuracy. The benchmark times the whole command from outside, interpreter
start and imports included, as it times the two JVM starts of the workbench's side.

Needs the Debian packages python3-torch, python3-numpy and python3-pandas.

    /usr/bin/python3 peer_small_job.py FILE TARGET --epochs 10
"""
import argparse, json, time

t0 = time.perf_counter()
import numpy as np
import pandas as pd
import torch

p = argparse.ArgumentParser()
p.add_argument("file"); p.add_argument("target")
p.add_argument("--epochs", type=int, default=10); p.add_argument("--batch", type=int, default=32)
p.add_argument("--hidden", default="64,32"); p.add_argument("--seed", type=int, default=42)
a = p.parse_args()
torch.set_num_threads(1)
torch.manual_seed(a.seed)

# Read and split.
frame = pd.read_csv(a.file)
labels, y_all = np.unique(frame.pop(a.target).astype(str).to_numpy(), return_inverse=True)
x_all = frame.to_numpy(dtype=np.float32)
order = np.random.default_rng(a.seed).permutation(len(x_all))
n_test, n_val = int(len(x_all) * 0.2), int(len(x_all) * 0.15)
test, val, train = order[:n_test], order[n_test:n_test + n_val], order[n_test + n_val:]

# Standardise with the training split's statistics.
mean, std = x_all[train].mean(0), x_all[train].std(0) + 1e-12
x_all = (x_all - mean) / std
y_all = y_all.astype(np.int64)
xt, yt = torch.from_numpy(x_all[train]), torch.from_numpy(y_all[train])
xv, yv = torch.from_numpy(x_all[val]), torch.from_numpy(y_all[val])
xs, ys = torch.from_numpy(x_all[test]), torch.from_numpy(y_all[test])

# The network and its optimiser.
layers, width = [], x_all.shape[1]
for units in [int(u) for u in a.hidden.split(",") if u]:
    layers += [torch.nn.Linear(width, units), torch.nn.ReLU()]
    width = units
layers.append(torch.nn.Linear(width, len(labels)))
net = torch.nn.Sequential(*layers)
opt = torch.optim.Adam(net.parameters(), lr=0.003, weight_decay=0.01)
loss_fn = torch.nn.CrossEntropyLoss()

# Train, with a validation loss after every epoch.
for epoch in range(a.epochs):
    perm = torch.randperm(len(xt))
    net.train()
    for lo in range(0, len(xt), a.batch):
        idx = perm[lo:lo + a.batch]
        opt.zero_grad()
        loss = loss_fn(net(xt[idx]), yt[idx])
        loss.backward()
        opt.step()
        loss.item()
    net.eval()
    with torch.no_grad():
        loss_fn(net(xv), yv).item()

# Test accuracy.
with torch.no_grad():
    accuracy = (net(xs).argmax(1) == ys).float().mean().item()
print(json.dumps({"test_accuracy": accuracy, "seconds": time.perf_counter() - t0}))
