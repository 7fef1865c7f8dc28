"""Writes the tabular route's training step as TorchScript: tabular-step.pt.

The workbench trains tabular MLPs and linear models through this one scripted call per batch
(forward, backward and the Adam update inside the engine) instead of some sixty engine calls from
Java: at 64 rows per batch the per-call overhead was most of the step (docs/decisions/
0014-tabular-step-in-torchscript.md). The update is DJL's Adam exactly (L2 weight decay added to
the gradient, bias correction folded into the learning rate, epsilon outside the square root), so
runs keep the curves they had.

The file holds code only, no weights: the network's parameters come from Java (initialised by the
run's seed) through setup(), and are updated in place, so the Java network sees every step.

Run by a developer, never at run time (the app needs no Python):
    /usr/bin/python3 modules/ml/src/main/python/make_tabular_step.py \
        modules/ml/src/main/resources/org/modelworkbench/ml/tabular/tabular-step.pt
"""
import sys
from typing import List

import torch


class TabularStep(torch.nn.Module):
    params: List[torch.Tensor]
    means: List[torch.Tensor]
    variances: List[torch.Tensor]
    steps: int

    def __init__(self):
        super().__init__()
        self.params = []
        self.means = []
        self.variances = []
        self.steps = 0

    @torch.jit.export
    def setup(self, params: List[torch.Tensor]) -> int:
        """Takes the network's parameters: weight, bias, weight, bias... first layer first."""
        self.params = params
        self.means = []
        self.variances = []
        self.steps = 0
        return len(params)

    def outputs(self, x: torch.Tensor) -> torch.Tensor:
        layers = len(self.params) // 2
        h = x
        for i in range(layers):
            h = torch.nn.functional.linear(h, self.params[2 * i], self.params[2 * i + 1])
            if i < layers - 1:
                h = torch.relu(h)
        return h

    def forward(self, x: torch.Tensor, y: torch.Tensor, settings: torch.Tensor) -> torch.Tensor:
        """One Adam step on a batch; returns the batch's mean loss.

        settings: [learning rate, weight decay, 1 for regression (mean squared error on a
        [rows, 1] target) or 0 for classification (softmax cross-entropy on class indexes)].
        """
        learning_rate = float(settings[0].item())
        weight_decay = float(settings[1].item())
        regression = bool(settings[2].item() > 0.5)
        out = self.outputs(x)
        if regression:
            loss = (y - out).square().mean()
        else:
            loss = torch.nn.functional.cross_entropy(out, y)
        grads = torch.autograd.grad([loss], self.params)
        if self.steps == 0:
            # Made here, in the training call, so they are ordinary tensors the update may change.
            self.means = [torch.zeros_like(p) for p in self.params]
            self.variances = [torch.zeros_like(p) for p in self.params]
        self.steps += 1
        beta1 = 0.9
        beta2 = 0.999
        epsilon = 1e-8
        corrected = learning_rate * (1.0 - beta2 ** self.steps) ** 0.5 / (1.0 - beta1 ** self.steps)
        with torch.no_grad():
            for i in range(len(self.params)):
                g = grads[i]
                assert g is not None
                p = self.params[i]
                g = g.add(p, alpha=weight_decay)
                self.means[i].mul_(beta1).add_(g, alpha=1.0 - beta1)
                self.variances[i].mul_(beta2).addcmul_(g, g, value=1.0 - beta2)
                p.addcdiv_(self.means[i], self.variances[i].sqrt().add_(epsilon), value=-corrected)
        return loss.detach()


if __name__ == "__main__":
    torch.jit.script(TabularStep()).save(sys.argv[1])
