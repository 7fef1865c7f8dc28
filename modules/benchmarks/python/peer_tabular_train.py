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
import torch
from peer_common import mlp, numeric_table, train_epoch

p = argparse.ArgumentParser()
p.add_argument("file"); p.add_argument("target")
p.add_argument("--hidden", default="64,32"); p.add_argument("--batch", type=int, default=64)
p.add_argument("--epochs", type=int, default=10); p.add_argument("--threads", type=int, default=1)
p.add_argument("--seed", type=int, default=42)
a = p.parse_args()
torch.set_num_threads(a.threads)
torch.manual_seed(a.seed)

labels, (xt, yt), (xv, yv), (xs, ys) = numeric_table(a.file, a.target, a.seed)
net = mlp(xt.shape[1], a.hidden, len(labels))
opt = torch.optim.Adam(net.parameters(), lr=0.003, weight_decay=0.01)
loss_fn = torch.nn.CrossEntropyLoss()

rates = []
for epoch in range(a.epochs):
    start = time.perf_counter()
    train_epoch(net, opt, loss_fn, xt, yt, a.batch)
    rates.append(len(xt) / (time.perf_counter() - start))
    net.eval()
    with torch.no_grad():
        loss_fn(net(xv), yv).item()  # a validation pass per epoch, as the workbench does
with torch.no_grad():
    accuracy = (net(xs).argmax(1) == ys).float().mean().item()
print(json.dumps({"rows_per_s": statistics.median(rates[1:] or rates), "min": min(rates[1:] or rates),
                  "max": max(rates[1:] or rates), "seconds": time.perf_counter() - t0,
                  "test_accuracy": accuracy}))
