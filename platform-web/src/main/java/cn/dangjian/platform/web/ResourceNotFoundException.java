package cn.dangjian.platform.web;

/** 404: an id in the path is unknown. */
public class ResourceNotFoundException extends ApiException {

    public ResourceNotFoundException(String resource, Object id) {
        super(404, "not-found", "Not found", resource + " " + id + " does not exist", null);
    }
}
