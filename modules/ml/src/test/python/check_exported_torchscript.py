"""Checks an exported model.pt with PyTorch itself: it loads with torch.jit.load and gives the
workbench's class probabilities on the same preprocessed images.

Run TorchScriptExportTest with -DargLine="-Dworkbench.exportDir=DIR" (it writes DIR/model.pt and
DIR/check.json: the inputs and the workbench's probabilities), then:
    /usr/bin/python3 check_exported_torchscript.py DIR
"""
import json
import sys

import torch

folder = sys.argv[1]
model = torch.jit.load(folder + "/model.pt")
model.eval()
check = json.load(open(folder + "/check.json"))
x = torch.tensor(check["inputs"], dtype=torch.float32).reshape([-1] + check["shape"])
expected = torch.tensor(check["probabilities"], dtype=torch.float64)
with torch.no_grad():
    probabilities = torch.softmax(model(x), dim=1).double()
diff = (probabilities - expected).abs().max().item()
print("torch %s: %d images, max |dp| = %.3g" % (torch.__version__, x.shape[0], diff))
sys.exit(0 if diff < 1e-4 else 1)
