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
import torch
from peer_common import mlp, numeric_table, train_epoch

p = argparse.ArgumentParser()
p.add_argument("file"); p.add_argument("target")
p.add_argument("--epochs", type=int, default=10); p.add_argument("--batch", type=int, default=32)
p.add_argument("--hidden", default="64,32"); p.add_argument("--seed", type=int, default=42)
a = p.parse_args()
torch.set_num_threads(1)
torch.manual_seed(a.seed)

# Read, split and standardise with the training split's statistics; the network.
labels, (xt, yt), (xv, yv), (xs, ys) = numeric_table(a.file, a.target, a.seed)
net = mlp(xt.shape[1], a.hidden, len(labels))
opt = torch.optim.Adam(net.parameters(), lr=0.003, weight_decay=0.01)
loss_fn = torch.nn.CrossEntropyLoss()

# Train, with a validation loss after every epoch.
for epoch in range(a.epochs):
    train_epoch(net, opt, loss_fn, xt, yt, a.batch)
    net.eval()
    with torch.no_grad():
        loss_fn(net(xv), yv).item()

# Test accuracy.
with torch.no_grad():
    accuracy = (net(xs).argmax(1) == ys).float().mean().item()
print(json.dumps({"test_accuracy": accuracy, "seconds": time.perf_counter() - t0}))
