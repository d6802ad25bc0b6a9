package org.villagegov.platform.feign;

import feign.Response;
import feign.codec.ErrorDecoder;

/** Turns another service's error answer into a {@link RemoteServiceException} the caller can map. */
public class RemoteErrorDecoder implements ErrorDecoder {

    @Override
    public Exception decode(String methodKey, Response response) {
        String service = response.request().requestTemplate().feignTarget() == null
                ? methodKey : response.request().requestTemplate().feignTarget().name();
        int status = response.status();
        RemoteServiceException.Kind kind;
        if (status == 404) {
            kind = RemoteServiceException.Kind.NOT_FOUND;
        } else if (status == 401 || status == 403) {
            kind = RemoteServiceException.Kind.FORBIDDEN;
        } else if (status >= 400 && status < 500) {
            kind = RemoteServiceException.Kind.REFUSED;
        } else {
            kind = RemoteServiceException.Kind.UNAVAILABLE;
        }
        return new RemoteServiceException(service, kind, service + " answered " + status + " to " + methodKey, null);
    }
}
