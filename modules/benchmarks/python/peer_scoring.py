"""Peer of the scoring comparison: batch prediction of a CSV with pandas and PyTorch.

What an analyst would write: read the file with pandas.read_csv, standardise the feature columns,
run the MLP (ReLU between linear layers, the workbench's default widths 64,32) in inference mode,
and write the input columns plus the predicted class and one probability column per class
(the columns `workbench predict` adds: prediction, probability_<class>) with DataFrame.to_csv.

The network's weights are drawn at random from the seed: the arithmetic of inference does not
depend on their values, and the comparison is about speed. The standardisation uses the scored
file's own means and deviations (the workbench uses its training split's; the cost is the same).
The whole command is timed from outside, interpreter start and imports included, as the JVM's
start is on the workbench's side.

Needs the Debian packages python3-torch, python3-numpy and python3-pandas.

    /usr/bin/python3 peer_scoring.py INPUT.csv OUTPUT.csv --target label --classes c0,c1,... --hidden 64,32
"""
import argparse, json, time

t0 = time.perf_counter()
import numpy as np
import pandas as pd
import torch
from peer_common import mlp

p = argparse.ArgumentParser()
p.add_argument("input"); p.add_argument("output")
p.add_argument("--target", default="label", help="a column of the input that is not a feature, if present")
p.add_argument("--classes", required=True, help="the class labels, comma-separated")
p.add_argument("--hidden", default="64,32"); p.add_argument("--threads", type=int, default=1)
p.add_argument("--seed", type=int, default=42)
a = p.parse_args()
torch.set_num_threads(a.threads)
torch.manual_seed(a.seed)
classes = a.classes.split(",")

frame = pd.read_csv(a.input)
features = [c for c in frame.columns if c != a.target]
x = frame[features].to_numpy(dtype=np.float32)
x = (x - x.mean(0)) / (x.std(0) + 1e-12)

net = mlp(x.shape[1], a.hidden, len(classes)).eval()

with torch.no_grad():
    probabilities = torch.softmax(net(torch.from_numpy(x)), dim=1).numpy().astype(np.float64)
frame["prediction"] = np.array(classes, dtype=object)[probabilities.argmax(1)]
for k, label in enumerate(classes):
    frame["probability_" + label] = probabilities[:, k]
frame.to_csv(a.output, index=False)
print(json.dumps({"rows": len(frame), "seconds": time.perf_counter() - t0}))
