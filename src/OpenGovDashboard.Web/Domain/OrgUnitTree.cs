namespace OpenGovDashboard.Web.Domain;

/// <summary>A unit as the tree knows it.</summary>
public sealed record OrgUnitNode(int Id, string Name, OrgUnitKind Kind, int? ParentId);

/// <summary>An immutable view of the 单位 tree: children, subtrees, paths.</summary>
public sealed class OrgUnitTree
{
    private readonly Dictionary<int, OrgUnitNode> _byId;
    private readonly ILookup<int?, OrgUnitNode> _children;

    public OrgUnitTree(IEnumerable<OrgUnitNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        Nodes = [.. nodes];
        _byId = Nodes.ToDictionary(n => n.Id);
        _children = Nodes.ToLookup(n => n.ParentId);
    }

    public IReadOnlyList<OrgUnitNode> Nodes { get; }

    public IEnumerable<OrgUnitNode> Roots => _children[null];

    public IEnumerable<OrgUnitNode> ChildrenOf(int id) => _children[id];

    public OrgUnitNode? Find(int id) => _byId.GetValueOrDefault(id);

    /// <summary>The unit and everything under it; empty when the unit does not exist.</summary>
    public IReadOnlySet<int> SubtreeOf(int id)
    {
        var result = new HashSet<int>();
        if (!_byId.ContainsKey(id))
        {
            return result;
        }

        var pending = new Stack<int>([id]);
        while (pending.TryPop(out var current))
        {
            if (result.Add(current))
            {
                foreach (var child in _children[current])
                {
                    pending.Push(child.Id);
                }
            }
        }

        return result;
    }

    /// <summary>Names from the root down to the unit, e.g. 罗甸县人民政府 / 罗甸县人民政府办公室 / 罗甸县电子政务中心.</summary>
    public IReadOnlyList<string> PathOf(int id)
    {
        var path = new List<string>();
        for (var node = Find(id); node is not null; node = node.ParentId is { } parent ? Find(parent) : null)
        {
            path.Insert(0, node.Name);
            if (path.Count > Nodes.Count)
            {
                break; // a cycle would be a data error; never loop forever
            }
        }

        return path;
    }
}
